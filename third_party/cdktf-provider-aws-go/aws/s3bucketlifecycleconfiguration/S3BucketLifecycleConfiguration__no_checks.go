// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package s3bucketlifecycleconfiguration

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validatePutRuleParameters(value interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketLifecycleConfiguration) validatePutTimeoutsParameters(value *S3BucketLifecycleConfigurationTimeouts) error {
	return nil
}

func validateS3BucketLifecycleConfiguration_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateS3BucketLifecycleConfiguration_IsConstructParameters(x interface{}) error {
	return nil
}

func validateS3BucketLifecycleConfiguration_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateS3BucketLifecycleConfiguration_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketLifecycleConfiguration) validateSetBucketParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketLifecycleConfiguration) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketLifecycleConfiguration) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketLifecycleConfiguration) validateSetExpectedBucketOwnerParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketLifecycleConfiguration) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketLifecycleConfiguration) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_S3BucketLifecycleConfiguration) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketLifecycleConfiguration) validateSetTransitionDefaultMinimumObjectSizeParameters(val *string) error {
	return nil
}

func validateNewS3BucketLifecycleConfigurationParameters(scope constructs.Construct, id *string, config *S3BucketLifecycleConfigurationConfig) error {
	return nil
}

