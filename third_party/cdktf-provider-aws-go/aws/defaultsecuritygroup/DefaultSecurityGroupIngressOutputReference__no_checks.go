// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package defaultsecuritygroup

// Building without runtime type checking enabled, so all the below just return nil

func (d *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (d *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateSetCidrBlocksParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateSetDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateSetFromPortParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateSetIpv6CidrBlocksParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateSetPrefixListIdsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateSetProtocolParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateSetSecurityGroupsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateSetSelfAttributeParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_DefaultSecurityGroupIngressOutputReference) validateSetToPortParameters(val *float64) error {
	return nil
}

func validateNewDefaultSecurityGroupIngressOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

