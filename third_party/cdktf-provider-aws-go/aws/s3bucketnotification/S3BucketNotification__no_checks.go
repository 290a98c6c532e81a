// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package s3bucketnotification

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_S3BucketNotification) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validatePutLambdaFunctionParameters(value interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validatePutQueueParameters(value interface{}) error {
	return nil
}

func (s *jsiiProxy_S3BucketNotification) validatePutTopicParameters(value interface{}) error {
	return nil
}

func validateS3BucketNotification_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateS3BucketNotification_IsConstructParameters(x interface{}) error {
	return nil
}

func validateS3BucketNotification_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateS3BucketNotification_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketNotification) validateSetBucketParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketNotification) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketNotification) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketNotification) validateSetEventbridgeParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_S3BucketNotification) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_S3BucketNotification) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_S3BucketNotification) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewS3BucketNotificationParameters(scope constructs.Construct, id *string, config *S3BucketNotificationConfig) error {
	return nil
}

