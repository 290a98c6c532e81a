// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package lambdapermission

// Building without runtime type checking enabled, so all the below just return nil

func (l *jsiiProxy_LambdaPermission) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateImportFromParameters(id *string) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateMoveToIdParameters(id *string) error {
	return nil
}

func (l *jsiiProxy_LambdaPermission) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateLambdaPermission_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateLambdaPermission_IsConstructParameters(x interface{}) error {
	return nil
}

func validateLambdaPermission_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateLambdaPermission_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetActionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetEventSourceTokenParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetFunctionNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetFunctionUrlAuthTypeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetPrincipalParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetPrincipalOrgIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetQualifierParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetSourceAccountParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetSourceArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetStatementIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_LambdaPermission) validateSetStatementIdPrefixParameters(val *string) error {
	return nil
}

func validateNewLambdaPermissionParameters(scope constructs.Construct, id *string, config *LambdaPermissionConfig) error {
	return nil
}

