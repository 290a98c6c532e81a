// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package s3bucket

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateSetDaysParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateSetInternalValueParameters(val *S3BucketObjectLockConfigurationRuleDefaultRetention) error {
	return nil
}

func (j *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateSetModeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_S3BucketObjectLockConfigurationRuleDefaultRetentionOutputReference) validateSetYearsParameters(val *float64) error {
	return nil
}

func validateNewS3BucketObjectLockConfigurationRuleDefaultRetentionOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

