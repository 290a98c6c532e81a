// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package s3bucketserversideencryptionconfiguration

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAList) validateGetParameters(index *float64) error {
	return nil
}

func (s *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAList) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_S3BucketServerSideEncryptionConfigurationRuleAList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewS3BucketServerSideEncryptionConfigurationRuleAListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}

