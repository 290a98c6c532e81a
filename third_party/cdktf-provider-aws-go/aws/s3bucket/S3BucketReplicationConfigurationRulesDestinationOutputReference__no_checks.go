// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package s3bucket

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validatePutAccessControlTranslationParameters(value *S3BucketReplicationConfigurationRulesDestinationAccessControlTranslation) error {
	return nil
}

func (s *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validatePutMetricsParameters(value *S3BucketReplicationConfigurationRulesDestinationMetrics) error {
	return nil
}

func (s *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validatePutReplicationTimeParameters(value *S3BucketReplicationConfigurationRulesDestinationReplicationTime) error {
	return nil
}

func (s *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateSetAccountIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateSetBucketParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateSetInternalValueParameters(val *S3BucketReplicationConfigurationRulesDestination) error {
	return nil
}

func (j *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateSetReplicaKmsKeyIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateSetStorageClassParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketReplicationConfigurationRulesDestinationOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewS3BucketReplicationConfigurationRulesDestinationOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

