// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package dbsubnetgroup

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DbSubnetGroup) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateImportFromParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateMoveToIdParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_DbSubnetGroup) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateDbSubnetGroup_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDbSubnetGroup_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDbSubnetGroup_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateDbSubnetGroup_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DbSubnetGroup) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DbSubnetGroup) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DbSubnetGroup) validateSetDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DbSubnetGroup) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DbSubnetGroup) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DbSubnetGroup) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DbSubnetGroup) validateSetNamePrefixParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DbSubnetGroup) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_DbSubnetGroup) validateSetSubnetIdsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DbSubnetGroup) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_DbSubnetGroup) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func validateNewDbSubnetGroupParameters(scope constructs.Construct, id *string, config *DbSubnetGroupConfig) error {
	return nil
}

