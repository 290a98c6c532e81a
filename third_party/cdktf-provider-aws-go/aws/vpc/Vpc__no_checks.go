// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package vpc

// Building without runtime type checking enabled, so all the below just return nil

func (v *jsiiProxy_Vpc) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateImportFromParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateMoveToIdParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_Vpc) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateVpc_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateVpc_IsConstructParameters(x interface{}) error {
	return nil
}

func validateVpc_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateVpc_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetAssignGeneratedIpv6CidrBlockParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetCidrBlockParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetEnableDnsHostnamesParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetEnableDnsSupportParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetEnableNetworkAddressUsageMetricsParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetInstanceTenancyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetIpv4IpamPoolIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetIpv4NetmaskLengthParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetIpv6CidrBlockParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetIpv6CidrBlockNetworkBorderGroupParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetIpv6IpamPoolIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetIpv6NetmaskLengthParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_Vpc) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func validateNewVpcParameters(scope constructs.Construct, id *string, config *VpcConfig) error {
	return nil
}

