// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package defaultsecuritygroup

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateSetCidrBlocksParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateSetDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateSetFromPortParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateSetIpv6CidrBlocksParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateSetPrefixListIdsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateSetProtocolParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateSetSecurityGroupsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateSetSelfAttributeParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupEgressOutputReference) validateSetToPortParameters(val *float64) error {
	return nil
}

func validateNewDefaultSecurityGroupEgressOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

