// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package dbparametergroup

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DbParameterGroup) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateImportFromParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateMoveToIdParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (d *jsiiProxy_DbParameterGroup) validatePutParameterParameters(value interface{}) error {
	return nil
}

func validateDbParameterGroup_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDbParameterGroup_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDbParameterGroup_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateDbParameterGroup_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DbParameterGroup) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DbParameterGroup) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DbParameterGroup) validateSetDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DbParameterGroup) validateSetFamilyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DbParameterGroup) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DbParameterGroup) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DbParameterGroup) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DbParameterGroup) validateSetNamePrefixParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DbParameterGroup) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_DbParameterGroup) validateSetSkipDestroyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DbParameterGroup) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_DbParameterGroup) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func validateNewDbParameterGroupParameters(scope constructs.Construct, id *string, config *DbParameterGroupConfig) error {
	return nil
}

