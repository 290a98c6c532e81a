// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package rdsclusterparametergroup

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RdsClusterParameterGroup) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateImportFromParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateMoveToIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (r *jsiiProxy_RdsClusterParameterGroup) validatePutParameterParameters(value interface{}) error {
	return nil
}

func validateRdsClusterParameterGroup_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateRdsClusterParameterGroup_IsConstructParameters(x interface{}) error {
	return nil
}

func validateRdsClusterParameterGroup_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateRdsClusterParameterGroup_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterParameterGroup) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterParameterGroup) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterParameterGroup) validateSetDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterParameterGroup) validateSetFamilyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterParameterGroup) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterParameterGroup) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_RdsClusterParameterGroup) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterParameterGroup) validateSetNamePrefixParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterParameterGroup) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_RdsClusterParameterGroup) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_RdsClusterParameterGroup) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func validateNewRdsClusterParameterGroupParameters(scope constructs.Construct, id *string, config *RdsClusterParameterGroupConfig) error {
	return nil
}

