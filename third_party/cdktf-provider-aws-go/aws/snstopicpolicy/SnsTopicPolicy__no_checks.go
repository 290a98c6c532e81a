// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package snstopicpolicy

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_SnsTopicPolicy) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicPolicy) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateSnsTopicPolicy_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateSnsTopicPolicy_IsConstructParameters(x interface{}) error {
	return nil
}

func validateSnsTopicPolicy_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateSnsTopicPolicy_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_SnsTopicPolicy) validateSetArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopicPolicy) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SnsTopicPolicy) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SnsTopicPolicy) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopicPolicy) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_SnsTopicPolicy) validateSetPolicyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopicPolicy) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewSnsTopicPolicyParameters(scope constructs.Construct, id *string, config *SnsTopicPolicyConfig) error {
	return nil
}

