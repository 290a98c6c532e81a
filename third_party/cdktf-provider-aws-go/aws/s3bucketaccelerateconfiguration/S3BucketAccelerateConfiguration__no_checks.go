// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package s3bucketaccelerateconfiguration

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketAccelerateConfiguration) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateS3BucketAccelerateConfiguration_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateS3BucketAccelerateConfiguration_IsConstructParameters(x interface{}) error {
	return nil
}

func validateS3BucketAccelerateConfiguration_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateS3BucketAccelerateConfiguration_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketAccelerateConfiguration) validateSetBucketParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketAccelerateConfiguration) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketAccelerateConfiguration) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketAccelerateConfiguration) validateSetExpectedBucketOwnerParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketAccelerateConfiguration) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketAccelerateConfiguration) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_S3BucketAccelerateConfiguration) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketAccelerateConfiguration) validateSetStatusParameters(val *string) error {
	return nil
}

func validateNewS3BucketAccelerateConfigurationParameters(scope constructs.Construct, id *string, config *S3BucketAccelerateConfigurationConfig) error {
	return nil
}

