// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package subnet

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_Subnet) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_Subnet) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (s *jsiiProxy_Subnet) validatePutTimeoutsParameters(value *SubnetTimeouts) error {
	return nil
}

func validateSubnet_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateSubnet_IsConstructParameters(x interface{}) error {
	return nil
}

func validateSubnet_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateSubnet_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetAssignIpv6AddressOnCreationParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetAvailabilityZoneParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetAvailabilityZoneIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetCidrBlockParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetCustomerOwnedIpv4PoolParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetEnableDns64Parameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetEnableLniAtDeviceIndexParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetEnableResourceNameDnsAaaaRecordOnLaunchParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetEnableResourceNameDnsARecordOnLaunchParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetIpv6CidrBlockParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetIpv6NativeParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetMapCustomerOwnedIpOnLaunchParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetMapPublicIpOnLaunchParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetOutpostArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetPrivateDnsHostnameTypeOnLaunchParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_Subnet) validateSetVpcIdParameters(val *string) error {
	return nil
}

func validateNewSubnetParameters(scope constructs.Construct, id *string, config *SubnetConfig) error {
	return nil
}

