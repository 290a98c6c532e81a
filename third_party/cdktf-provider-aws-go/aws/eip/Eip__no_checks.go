// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package eip

// Building without runtime type checking enabled, so all the below just return nil

func (e *jsiiProxy_Eip) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (e *jsiiProxy_Eip) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (e *jsiiProxy_Eip) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (e *jsiiProxy_Eip) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (e *jsiiProxy_Eip) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (e *jsiiProxy_Eip) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (e *jsiiProxy_Eip) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (e *jsiiProxy_Eip) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (e *jsiiProxy_Eip) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (e *jsiiProxy_Eip) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (e *jsiiProxy_Eip) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (e *jsiiProxy_Eip) validateImportFromParameters(id *string) error {
	return nil
}

func (e *jsiiProxy_Eip) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (e *jsiiProxy_Eip) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (e *jsiiProxy_Eip) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (e *jsiiProxy_Eip) validateMoveToIdParameters(id *string) error {
	return nil
}

func (e *jsiiProxy_Eip) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (e *jsiiProxy_Eip) validatePutTimeoutsParameters(value *EipTimeouts) error {
	return nil
}

func validateEip_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateEip_IsConstructParameters(x interface{}) error {
	return nil
}

func validateEip_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateEip_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetAddressParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetAssociateWithPrivateIpParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetCustomerOwnedIpv4PoolParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetDomainParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetInstanceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetIpamPoolIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetNetworkBorderGroupParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetNetworkInterfaceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetPublicIpv4PoolParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_Eip) validateSetVpcParameters(val interface{}) error {
	return nil
}

func validateNewEipParameters(scope constructs.Construct, id *string, config *EipConfig) error {
	return nil
}

