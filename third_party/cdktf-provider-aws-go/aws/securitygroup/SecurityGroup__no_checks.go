// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package securitygroup

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_SecurityGroup) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validatePutEgressParameters(value interface{}) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validatePutIngressParameters(value interface{}) error {
	return nil
}

func (s *jsiiProxy_SecurityGroup) validatePutTimeoutsParameters(value *SecurityGroupTimeouts) error {
	return nil
}

func validateSecurityGroup_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateSecurityGroup_IsConstructParameters(x interface{}) error {
	return nil
}

func validateSecurityGroup_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateSecurityGroup_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_SecurityGroup) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SecurityGroup) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SecurityGroup) validateSetDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecurityGroup) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecurityGroup) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_SecurityGroup) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecurityGroup) validateSetNamePrefixParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SecurityGroup) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_SecurityGroup) validateSetRevokeRulesOnDeleteParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SecurityGroup) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_SecurityGroup) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_SecurityGroup) validateSetVpcIdParameters(val *string) error {
	return nil
}

func validateNewSecurityGroupParameters(scope constructs.Construct, id *string, config *SecurityGroupConfig) error {
	return nil
}

