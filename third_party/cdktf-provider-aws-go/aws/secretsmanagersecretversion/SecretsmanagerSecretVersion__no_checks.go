// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package secretsmanagersecretversion

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SecretsmanagerSecretVersion) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateSecretsmanagerSecretVersion_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateSecretsmanagerSecretVersion_IsConstructParameters(x interface{}) error {
	return nil
}

func validateSecretsmanagerSecretVersion_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateSecretsmanagerSecretVersion_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretVersion) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretVersion) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretVersion) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretVersion) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretVersion) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretVersion) validateSetSecretBinaryParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretVersion) validateSetSecretIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretVersion) validateSetSecretStringParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecretsmanagerSecretVersion) validateSetVersionStagesParameters(val *[]*string) error {
	return nil
}

func validateNewSecretsmanagerSecretVersionParameters(scope constructs.Construct, id *string, config *SecretsmanagerSecretVersionConfig) error {
	return nil
}

