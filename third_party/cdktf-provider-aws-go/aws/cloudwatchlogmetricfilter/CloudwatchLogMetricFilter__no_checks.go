// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package cloudwatchlogmetricfilter

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateAddMoveTargetParameters(moveTarget *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateAddOverrideParameters(path *string, value interface{}) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateImportFromParameters(id *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateInterpolationForAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateMoveFromIdParameters(id *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateMoveToParameters(moveTarget *string, index interface{}) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateMoveToIdParameters(id *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validateOverrideLogicalIdParameters(newLogicalId *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilter) validatePutMetricTransformationParameters(value *CloudwatchLogMetricFilterMetricTransformation) error {
	return nil
}

func validateCloudwatchLogMetricFilter_GenerateConfigForImportParameters(scope constructs.Construct, importToId *string, importFromId *string) error {
	return nil
}

func validateCloudwatchLogMetricFilter_IsConstructParameters(x interface{}) error {
	return nil
}

func validateCloudwatchLogMetricFilter_IsTerraformElementParameters(x interface{}) error {
	return nil
}

func validateCloudwatchLogMetricFilter_IsTerraformResourceParameters(x interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilter) validateSetConnectionParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilter) validateSetCountParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilter) validateSetIdParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilter) validateSetLifecycleParameters(val *cdktf.TerraformResourceLifecycle) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilter) validateSetLogGroupNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilter) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilter) validateSetPatternParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilter) validateSetProvisionersParameters(val *[]interface{}) error {
	return nil
}

func validateNewCloudwatchLogMetricFilterParameters(scope constructs.Construct, id *string, config *CloudwatchLogMetricFilterConfig) error {
	return nil
}

