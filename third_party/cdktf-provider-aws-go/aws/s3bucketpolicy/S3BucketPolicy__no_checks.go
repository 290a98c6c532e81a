// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package s3bucketpolicy

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_S3BucketPolicy) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPolicy) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateS3BucketPolicy_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateS3BucketPolicy_IsConstructParameters(x interface{}) error {
	return nil
}

func validateS3BucketPolicy_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateS3BucketPolicy_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketPolicy) validateSetBucketParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketPolicy) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketPolicy) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketPolicy) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketPolicy) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_S3BucketPolicy) validateSetPolicyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketPolicy) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewS3BucketPolicyParameters(scope constructs.Construct, id *string, config *S3BucketPolicyConfig) error {
	return nil
}

