// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package cloudwatchloggroup

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_CloudwatchLogGroup) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateImportFromParameters(id *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateMoveToIdParameters(id *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogGroup) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateCloudwatchLogGroup_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateCloudwatchLogGroup_IsConstructParameters(x interface{}) error {
	return nil
}

func validateCloudwatchLogGroup_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateCloudwatchLogGroup_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogGroup) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogGroup) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogGroup) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogGroup) validateSetKmsKeyIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogGroup) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogGroup) validateSetLogGroupClassParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogGroup) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogGroup) validateSetNamePrefixParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogGroup) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogGroup) validateSetRetentionInDaysParameters(val *float64) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogGroup) validateSetSkipDestroyParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogGroup) validateSetTagsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogGroup) validateSetTagsAllParameters(val *map[string]*string) error {
	return nil
}

func validateNewCloudwatchLogGroupParameters(scope constructs.Construct, id *string, config *CloudwatchLogGroupConfig) error {
	return nil
}

