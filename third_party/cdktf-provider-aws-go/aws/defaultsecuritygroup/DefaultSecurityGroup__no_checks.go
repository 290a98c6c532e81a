// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package defaultsecuritygroup

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DefaultSecurityGroup) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateImportFromParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateMoveToIdParameters(id *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validatePutEgressParameters(value interface{}) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroup) validatePutIngressParameters(value interface{}) error {
	return nil
}

func validateDefaultSecurityGroup_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateDefaultSecurityGroup_IsConstructParameters(x interface{}) error {
	return nil
}

func validateDefaultSecurityGroup_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateDefaultSecurityGroup_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroup) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroup) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroup) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroup) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroup) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroup) validateSetRevokeRulesOnDeleteParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroup) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroup) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroup) validateSetVpcIdParameters(val *string) error {
	return nil
}

func validateNewDefaultSecurityGroupParameters(scope constructs.Construct, id *string, config *DefaultSecurityGroupConfig) error {
	return nil
}

