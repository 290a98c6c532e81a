// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package iamrolepolicy

// Building without runtime type checking enabled, so all the below just return nil

func (i *jsiiProxy_IamRolePolicy) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateImportFromParameters(id *string) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateMoveToIdParameters(id *string) error {
	return nil
}

func (i *jsiiProxy_IamRolePolicy) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateIamRolePolicy_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateIamRolePolicy_IsConstructParameters(x interface{}) error {
	return nil
}

func validateIamRolePolicy_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateIamRolePolicy_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_IamRolePolicy) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_IamRolePolicy) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_IamRolePolicy) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_IamRolePolicy) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_IamRolePolicy) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_IamRolePolicy) validateSetNamePrefixParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_IamRolePolicy) validateSetPolicyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_IamRolePolicy) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_IamRolePolicy) validateSetRoleParameters(val *string) error {
	return nil
}

func validateNewIamRolePolicyParameters(scope constructs.Construct, id *string, config *IamRolePolicyConfig) error {
	return nil
}

