// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package dataawssecretsmanagerrandompassword

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDataAwsSecretsmanagerRandomPassword_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDataAwsSecretsmanagerRandomPassword_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDataAwsSecretsmanagerRandomPassword_IsTerraformDataSourceParameters(x interface{}) error {
	return nil
}

func validateDataAwsSecretsmanagerRandomPassword_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateSetExcludeCharactersParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateSetExcludeLowercaseParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateSetExcludeNumbersParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateSetExcludePunctuationParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateSetExcludeUppercaseParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateSetIncludeSpaceParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateSetPasswordLengthParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_DataAwsSecretsmanagerRandomPassword) validateSetRequireEachIncludedTypeParameters(val interface{}) error {
	return nil
}

func validateNewDataAwsSecretsmanagerRandomPasswordParameters(scope constructs.Construct, id *string, config *DataAwsSecretsmanagerRandomPasswordConfig) error {
	return nil
}

