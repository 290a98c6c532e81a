// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package vpcendpoint

// Building without runtime type checking enabled, so all the below just return nil

func (v *jsiiProxy_VpcEndpointDnsEntryList) validateAllWithMapKeyParameters(mapKeyAttributeName *string) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointDnsEntryList) validateGetParameters(index *float64) error {
	return nil
}

func (v *jsiiProxy_VpcEndpointDnsEntryList) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointDnsEntryList) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointDnsEntryList) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_VpcEndpointDnsEntryList) validateSetWrapsSetParameters(val *bool) error {
	return nil
}

func validateNewVpcEndpointDnsEntryListParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, wrapsSet *bool) error {
	return nil
}

