// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package vpcendpoint

// Building without runtime type checking enabled, so all the below just return nil

func (v *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateSetIpv4Parameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateSetIpv6Parameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateSetSubnetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointSubnetConfigurationOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func validateNewVpcEndpointSubnetConfigurationOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

