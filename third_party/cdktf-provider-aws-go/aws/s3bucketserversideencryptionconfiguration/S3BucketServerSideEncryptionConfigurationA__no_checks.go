// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package s3bucketserversideencryptionconfiguration

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validatePutRuleParameters(value interface{}) error {
	return nil
}

func validateS3BucketServerSideEncryptionConfigurationA_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateS3BucketServerSideEncryptionConfigurationA_IsConstructParameters(x interface{}) error {
	return nil
}

func validateS3BucketServerSideEncryptionConfigurationA_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateS3BucketServerSideEncryptionConfigurationA_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateSetBucketParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateSetExpectedBucketOwnerParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationA) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewS3BucketServerSideEncryptionConfigurationAParameters(scope constructs.Construct, id *string, config *S3BucketServerSideEncryptionConfigurationAConfig) error {
	return nil
}

