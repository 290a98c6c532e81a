// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package snstopic

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_SnsTopic) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopic) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateSnsTopic_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateSnsTopic_IsConstructParameters(x interface{}) error {
	return nil
}

func validateSnsTopic_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateSnsTopic_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetApplicationFailureFeedbackRoleArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetApplicationSuccessFeedbackRoleArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetApplicationSuccessFeedbackSampleRateParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetArchivePolicyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetContentBasedDeduplicationParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetDeliveryPolicyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetDisplayNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetFifoTopicParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetFirehoseFailureFeedbackRoleArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetFirehoseSuccessFeedbackRoleArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetFirehoseSuccessFeedbackSampleRateParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetHttpFailureFeedbackRoleArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetHttpSuccessFeedbackRoleArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetHttpSuccessFeedbackSampleRateParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetKmsMasterKeyIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetLambdaFailureFeedbackRoleArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetLambdaSuccessFeedbackRoleArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetLambdaSuccessFeedbackSampleRateParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetNamePrefixParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetPolicyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetSignatureVersionParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetSqsFailureFeedbackRoleArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetSqsSuccessFeedbackRoleArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetSqsSuccessFeedbackSampleRateParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_SnsTopic) validateSetTracingConfigParameters(val *string) error {
	return nil
}

func validateNewSnsTopicParameters(scope constructs.Construct, id *string, config *SnsTopicConfig) error {
	return nil
}

