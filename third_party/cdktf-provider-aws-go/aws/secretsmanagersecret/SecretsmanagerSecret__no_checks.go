// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package secretsmanagersecret

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_SecretsmanagerSecret) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecret) validatePutReplicaParameters(value interface{}) error {
	return nil
}

func validateSecretsmanagerSecret_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateSecretsmanagerSecret_IsConstructParameters(x interface{}) error {
	return nil
}

func validateSecretsmanagerSecret_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateSecretsmanagerSecret_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecret) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecret) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecret) validateSetDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecret) validateSetForceOverwriteReplicaSecretParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecret) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecret) validateSetKmsKeyIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecret) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecret) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecret) validateSetNamePrefixParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecret) validateSetPolicyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecret) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecret) validateSetRecoveryWindowInDaysParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecret) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecret) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func validateNewSecretsmanagerSecretParameters(scope constructs.Construct, id *string, config *SecretsmanagerSecretConfig) error {
	return nil
}

