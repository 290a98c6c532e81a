// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package vpcsecuritygroupegressrule

// Building without runtime type checking enabled, so all the below just return nil

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateImportFromParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateMoveToIdParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupEgressRule) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateVpcSecurityGroupEgressRule_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateVpcSecurityGroupEgressRule_IsConstructParameters(x interface{}) error {
	return nil
}

func validateVpcSecurityGroupEgressRule_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateVpcSecurityGroupEgressRule_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupEgressRule) validateSetCidrIpv4Parameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupEgressRule) validateSetCidrIpv6Parameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupEgressRule) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupEgressRule) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupEgressRule) validateSetDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupEgressRule) validateSetFromPortParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupEgressRule) validateSetIpProtocolParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupEgressRule) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupEgressRule) validateSetPrefixListIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupEgressRule) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupEgressRule) validateSetReferencedSecurityGroupIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupEgressRule) validateSetSecurityGroupIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupEgressRule) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupEgressRule) validateSetToPortParameters(val *float64) error {
	return nil
}

func validateNewVpcSecurityGroupEgressRuleParameters(scope constructs.Construct, id *string, config *VpcSecurityGroupEgressRuleConfig) error {
	return nil
}

