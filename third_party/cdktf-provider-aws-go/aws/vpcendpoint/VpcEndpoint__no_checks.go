// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package vpcendpoint

// Building without runtime type checking enabled, so all the below just return nil

func (v *jsiiProxy_VpcEndpoint) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateImportFromParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateMoveToIdParameters(id *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validatePutDnsOptionsParameters(value *VpcEndpointDnsOptions) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validatePutSubnetConfigurationParameters(value interface{}) error {
	return nil
}

func (v *jsiiProxy_VpcEndpoint) validatePutTimeoutsParameters(value *VpcEndpointTimeouts) error {
	return nil
}

func validateVpcEndpoint_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateVpcEndpoint_IsConstructParameters(x interface{}) error {
	return nil
}

func validateVpcEndpoint_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateVpcEndpoint_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetAutoAcceptParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetIpAddressTypeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetPolicyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetPrivateDnsEnabledParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetRouteTableIdsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetSecurityGroupIdsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetServiceNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetServiceRegionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetSubnetIdsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetVpcEndpointTypeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpoint) validateSetVpcIdParameters(val *string) error {
	return nil
}

func validateNewVpcEndpointParameters(scope constructs.Construct, id *string, config *VpcEndpointConfig) error {
	return nil
}

