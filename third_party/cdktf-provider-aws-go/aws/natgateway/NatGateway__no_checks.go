// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package natgateway

// Building without runtime type checking enabled, so all the below just return nil

func (n *jsiiProxy_NatGateway) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateImportFromParameters(id *string) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateMoveToIdParameters(id *string) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (n *jsiiProxy_NatGateway) validatePutTimeoutsParameters(value *NatGatewayTimeouts) error {
	return nil
}

func validateNatGateway_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateNatGateway_IsConstructParameters(x interface{}) error {
	return nil
}

func validateNatGateway_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateNatGateway_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_NatGateway) validateSetAllocationIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NatGateway) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_NatGateway) validateSetConnectivityTypeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NatGateway) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_NatGateway) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NatGateway) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_NatGateway) validateSetPrivateIpParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NatGateway) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_NatGateway) validateSetSecondaryAllocationIdsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_NatGateway) validateSetSecondaryPrivateIpAddressCountParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_NatGateway) validateSetSecondaryPrivateIpAddressesParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_NatGateway) validateSetSubnetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_NatGateway) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_NatGateway) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func validateNewNatGatewayParameters(scope constructs.Construct, id *string, config *NatGatewayConfig) error {
	return nil
}

