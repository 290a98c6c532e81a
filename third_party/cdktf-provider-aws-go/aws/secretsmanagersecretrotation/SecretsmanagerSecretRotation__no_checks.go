// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package secretsmanagersecretrotation

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretRotation) validatePutRotationRulesParameters(value *SecretsmanagerSecretRotationRotationRules) error {
	return nil
}

func validateSecretsmanagerSecretRotation_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateSecretsmanagerSecretRotation_IsConstructParameters(x interface{}) error {
	return nil
}

func validateSecretsmanagerSecretRotation_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateSecretsmanagerSecretRotation_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotation) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotation) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotation) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotation) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotation) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotation) validateSetRotateImmediatelyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotation) validateSetRotationLambdaArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretRotation) validateSetSecretIdParameters(val *string) error {
	return nil
}

func validateNewSecretsmanagerSecretRotationParameters(scope constructs.Construct, id *string, config *SecretsmanagerSecretRotationConfig) error {
	return nil
}

