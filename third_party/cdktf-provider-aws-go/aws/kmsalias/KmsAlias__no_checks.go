// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package kmsalias

// Building without runtime type checking enabled, so all the below just return nil

func (k *jsiiProxy_KmsAlias) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateImportFromParameters(id *string) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateMoveToIdParameters(id *string) error {
	return nil
}

func (k *jsiiProxy_KmsAlias) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateKmsAlias_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateKmsAlias_IsConstructParameters(x interface{}) error {
	return nil
}

func validateKmsAlias_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateKmsAlias_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_KmsAlias) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_KmsAlias) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_KmsAlias) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_KmsAlias) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_KmsAlias) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_KmsAlias) validateSetNamePrefixParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_KmsAlias) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_KmsAlias) validateSetTargetKeyIdParameters(val *string) error {
	return nil
}

func validateNewKmsAliasParameters(scope constructs.Construct, id *string, config *KmsAliasConfig) error {
	return nil
}

