// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package ssmparameter

// Building without runtime type checking enabled, so all the below just return nil

func (s *jsiiProxy_SsmParameter) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateImportFromParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateMoveToIdParameters(id *string) error {
	return nil
}

func (s *jsiiProxy_SsmParameter) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateSsmParameter_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateSsmParameter_IsConstructParameters(x interface{}) error {
	return nil
}

func validateSsmParameter_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateSsmParameter_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetAllowedPatternParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetArnParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetDataTypeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetDescriptionParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetInsecureValueParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetKeyIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetOverwriteParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetTierParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetTypeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_SsmParameter) validateSetValueParameters(val *string) error {
	return nil
}

func validateNewSsmParameterParameters(scope constructs.Construct, id *string, config *SsmParameterConfig) error {
	return nil
}

