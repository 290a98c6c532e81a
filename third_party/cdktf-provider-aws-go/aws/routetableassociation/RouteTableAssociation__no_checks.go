// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package routetableassociation

// Building without runtime type checking enabled, so all the below just return nil

func (r *jsiiProxy_RouteTableAssociation) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateImportFromParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateMoveToIdParameters(id *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (r *jsiiProxy_RouteTableAssociation) validatePutTimeoutsParameters(value *RouteTableAssociationTimeouts) error {
	return nil
}

func validateRouteTableAssociation_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateRouteTableAssociation_IsConstructParameters(x interface{}) error {
	return nil
}

func validateRouteTableAssociation_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateRouteTableAssociation_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_RouteTableAssociation) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RouteTableAssociation) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_RouteTableAssociation) validateSetGatewayIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableAssociation) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableAssociation) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_RouteTableAssociation) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_RouteTableAssociation) validateSetRouteTableIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_RouteTableAssociation) validateSetSubnetIdParameters(val *string) error {
	return nil
}

func validateNewRouteTableAssociationParameters(scope constructs.Construct, id *string, config *RouteTableAssociationConfig) error {
	return nil
}

