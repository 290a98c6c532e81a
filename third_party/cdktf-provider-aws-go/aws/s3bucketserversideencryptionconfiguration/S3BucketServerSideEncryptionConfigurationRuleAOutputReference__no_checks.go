// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package s3bucketserversideencryptionconfiguration

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validatePutApplyServerSideEncryptionByDefaultParameters(value *S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateSetBucketKeyEnabledParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewS3BucketServerSideEncryptionConfigurationRuleAOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

