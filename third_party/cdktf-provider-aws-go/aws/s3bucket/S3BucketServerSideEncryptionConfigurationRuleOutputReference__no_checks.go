// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package s3bucket

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validatePutApplyServerSideEncryptionByDefaultParameters(value *S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefault) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateSetBucketKeyEnabledParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateSetInternalValueParameters(val *S3BucketServerSideEncryptionConfigurationRule) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewS3BucketServerSideEncryptionConfigurationRuleOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

