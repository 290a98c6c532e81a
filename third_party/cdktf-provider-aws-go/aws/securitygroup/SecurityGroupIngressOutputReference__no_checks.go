// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package securitygroup

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_SecurityGroupIngressOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroupIngressOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroupIngressOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroupIngressOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroupIngressOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroupIngressOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroupIngressOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroupIngressOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroupIngressOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroupIngressOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroupIngressOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_SecurityGroupIngressOutputReference) validateSetCidrBlocksParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_SecurityGroupIngressOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SecurityGroupIngressOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_SecurityGroupIngressOutputReference) validateSetDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecurityGroupIngressOutputReference) validateSetFromPortParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_SecurityGroupIngressOutputReference) validateSetInternalValueParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SecurityGroupIngressOutputReference) validateSetIpv6CidrBlocksParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_SecurityGroupIngressOutputReference) validateSetPrefixListIdsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_SecurityGroupIngressOutputReference) validateSetProtocolParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecurityGroupIngressOutputReference) validateSetSecurityGroupsParameters(val *[]*string) error {
	return nil
}

func (j *jsiiProxy_SecurityGroupIngressOutputReference) validateSetSelfAttributeParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SecurityGroupIngressOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecurityGroupIngressOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_SecurityGroupIngressOutputReference) validateSetToPortParameters(val *float64) error {
	return nil
}

func validateNewSecurityGroupIngressOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string, complexObjectIndex *float64, complexObjectIsFromSet *bool) error {
	return nil
}

