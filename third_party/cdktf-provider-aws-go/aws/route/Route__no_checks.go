// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package route

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_Route) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (r *jsiiProxy_Route) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (r *jsiiProxy_Route) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Route) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Route) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Route) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Route) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Route) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Route) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Route) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Route) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Route) validateImportFromParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_Route) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_Route) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_Route) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (r *jsiiProxy_Route) validateMoveToIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_Route) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (r *jsiiProxy_Route) validatePutTimeoutsParameters(value *RouteTimeouts) error {
	return nil
}

func validateRoute_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateRoute_IsConstructParameters(x interface{}) error {
	return nil
}

func validateRoute_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateRoute_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetCarrierGatewayIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetCoreNetworkArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetDestinationCidrBlockParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetDestinationIpv6CidrBlockParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetDestinationPrefixListIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetEgressOnlyGatewayIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetGatewayIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetLocalGatewayIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetNatGatewayIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetNetworkInterfaceIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetRouteTableIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetTransitGatewayIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetVpcEndpointIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Route) validateSetVpcPeeringConnectionIdParameters(val *string) error {
	return nil
}

func validateNewRouteParameters(scope constructs.Construct, id *string, config *RouteConfig) error {
	return nil
}

