// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package vpcsecuritygroupingressrule

// Building without runtime type checking enabled, so all the below just return nil

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateImportFromParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateMoveToIdParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_VpcSecurityGroupIngressRule) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateVpcSecurityGroupIngressRule_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateVpcSecurityGroupIngressRule_IsConstructParameters(x interface{}) error {
	return nil
}

func validateVpcSecurityGroupIngressRule_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateVpcSecurityGroupIngressRule_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupIngressRule) validateSetCidrIpv4Parameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupIngressRule) validateSetCidrIpv6Parameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupIngressRule) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupIngressRule) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupIngressRule) validateSetDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupIngressRule) validateSetFromPortParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupIngressRule) validateSetIpProtocolParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupIngressRule) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupIngressRule) validateSetPrefixListIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupIngressRule) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupIngressRule) validateSetReferencedSecurityGroupIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupIngressRule) validateSetSecurityGroupIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupIngressRule) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_VpcSecurityGroupIngressRule) validateSetToPortParameters(val *float64) error {
	return nil
}

func validateNewVpcSecurityGroupIngressRuleParameters(scope constructs.Construct, id *string, config *VpcSecurityGroupIngressRuleConfig) error {
	return nil
}

