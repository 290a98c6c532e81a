// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package cloudwatchdashboard

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_CloudwatchDashboard) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateImportFromParameters(id *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateMoveToIdParameters(id *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchDashboard) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func validateCloudwatchDashboard_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateCloudwatchDashboard_IsConstructParameters(x interface{}) error {
	return nil
}

func validateCloudwatchDashboard_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateCloudwatchDashboard_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchDashboard) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchDashboard) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchDashboard) validateSetDashboardBodyParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchDashboard) validateSetDashboardNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchDashboard) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchDashboard) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_CloudwatchDashboard) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewCloudwatchDashboardParameters(scope constructs.Construct, id *string, config *CloudwatchDashboardConfig) error {
	return nil
}

