// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package s3bucketownershipcontrols

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_S3BucketOwnershipControls) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketOwnershipControls) validatePutRuleParameters(value *S3BucketOwnershipControlsRule) error {
	return nil
}

func validateS3BucketOwnershipControls_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateS3BucketOwnershipControls_IsConstructParameters(x interface{}) error {
	return nil
}

func validateS3BucketOwnershipControls_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateS3BucketOwnershipControls_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketOwnershipControls) validateSetBucketParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketOwnershipControls) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketOwnershipControls) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketOwnershipControls) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketOwnershipControls) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_S3BucketOwnershipControls) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewS3BucketOwnershipControlsParameters(scope constructs.Construct, id *string, config *S3BucketOwnershipControlsConfig) error {
	return nil
}

