// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package snstopicsubscription

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_SnsTopicSubscription) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SnsTopicSubscription) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateSnsTopicSubscription_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateSnsTopicSubscription_IsConstructParameters(x interface{}) error {
	return nil
}

func validateSnsTopicSubscription_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateSnsTopicSubscription_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetConfirmationTimeoutInMinutesParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetDeliveryPolicyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetEndpointParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetEndpointAutoConfirmsParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetFilterPolicyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetFilterPolicyScopeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetProtocolParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetRawMessageDeliveryParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetRedrivePolicyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetReplayPolicyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetSubscriptionRoleArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SnsTopicSubscription) validateSetTopicArnParameters(val *string) error {
	return nil
}

func validateNewSnsTopicSubscriptionParameters(scope constructs.Construct, id *string, config *SnsTopicSubscriptionConfig) error {
	return nil
}

