// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package s3bucketversioning

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_S3BucketVersioningA) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketVersioningA) validatePutVersioningConfigurationParameters(value *S3BucketVersioningVersioningConfiguration) error {
	return nil
}

func validateS3BucketVersioningA_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateS3BucketVersioningA_IsConstructParameters(x interface{}) error {
	return nil
}

func validateS3BucketVersioningA_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateS3BucketVersioningA_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketVersioningA) validateSetBucketParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketVersioningA) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketVersioningA) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketVersioningA) validateSetExpectedBucketOwnerParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketVersioningA) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketVersioningA) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_S3BucketVersioningA) validateSetMfaParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketVersioningA) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewS3BucketVersioningAParameters(scope constructs.Construct, id *string, config *S3BucketVersioningAConfig) error {
	return nil
}

