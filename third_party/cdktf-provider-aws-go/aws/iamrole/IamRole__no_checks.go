// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package iamrole

// Building without runtime type checking enabled, so all the below just return nil

func (i *jsiiProxy_IamRole) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateImportFromParameters(id *string) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateMoveToIdParameters(id *string) error {
	return nil
}

func (i *jsiiProxy_IamRole) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (i *jsiiProxy_IamRole) validatePutInlinePolicyParameters(value interface{}) error {
	return nil
}

func validateIamRole_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateIamRole_IsConstructParameters(x interface{}) error {
	return nil
}

func validateIamRole_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateIamRole_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetAssumeRolePolicyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetForceDetachPoliciesParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetManagedPolicyArnsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetMaxSessionDurationParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetNamePrefixParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetPathParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetPermissionsBoundaryParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_IamRole) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func validateNewIamRoleParameters(scope constructs.Construct, id *string, config *IamRoleConfig) error {
	return nil
}

