// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package s3bucketpublicaccessblock

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketPublicAccessBlock) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateS3BucketPublicAccessBlock_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateS3BucketPublicAccessBlock_IsConstructParameters(x interface{}) error {
	return nil
}

func validateS3BucketPublicAccessBlock_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateS3BucketPublicAccessBlock_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketPublicAccessBlock) validateSetBlockPublicAclsParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketPublicAccessBlock) validateSetBlockPublicPolicyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketPublicAccessBlock) validateSetBucketParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketPublicAccessBlock) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketPublicAccessBlock) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketPublicAccessBlock) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketPublicAccessBlock) validateSetIgnorePublicAclsParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketPublicAccessBlock) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_S3BucketPublicAccessBlock) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketPublicAccessBlock) validateSetRestrictPublicBucketsParameters(val interface{}) error {
	return nil
}

func validateNewS3BucketPublicAccessBlockParameters(scope constructs.Construct, id *string, config *S3BucketPublicAccessBlockConfig) error {
	return nil
}

