// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package routetable

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RouteTableRouteOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableRouteOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableRouteOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableRouteOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableRouteOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableRouteOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableRouteOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableRouteOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableRouteOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableRouteOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableRouteOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetCarrierGatewayIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetCidrBlockParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetCoreNetworkArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetDestinationPrefixListIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetEgressOnlyGatewayIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetGatewayIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetIpv6CidrBlockParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetLocalGatewayIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetNatGatewayIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetNetworkInterfaceIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetTransitGatewayIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetVpcEndpointIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableRouteOutputReference) validateSetVpcPeeringConnectionIdParameters(val *string) error {
	return nil
}

func validateNewRouteTableRouteOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

