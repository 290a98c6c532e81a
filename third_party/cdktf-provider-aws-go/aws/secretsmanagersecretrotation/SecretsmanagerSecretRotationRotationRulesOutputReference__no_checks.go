// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package secretsmanagersecretrotation

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateSetAutomaticallyAfterDaysParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateSetDurationParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateSetInternalValueParameters(val *SecretsmanagerSecretRotationRotationRules) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateSetScheduleExpressionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotationRotationRulesOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewSecretsmanagerSecretRotationRotationRulesOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

