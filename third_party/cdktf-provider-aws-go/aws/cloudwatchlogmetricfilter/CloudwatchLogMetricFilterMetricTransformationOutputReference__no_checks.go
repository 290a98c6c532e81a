// Copyright (c) HashiCorp, Inc.
// SPDX-License-Identifier: MPL-2.0

//go:build no_runtime_type_checking

package cloudwatchlogmetricfilter

// Building without runtime type checking enabled, so all the below just return nil

func (c *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateGetAnyMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateGetBooleanAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateGetBooleanMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateGetListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateGetNumberAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateGetNumberListAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateGetNumberMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateGetStringAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateGetStringMapAttributeParameters(terraformAttribute *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateInterpolationForAttributeParameters(property *string) error {
	return nil
}

func (c *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateResolveParameters(_context cdktf.IResolveContext) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateSetComplexObjectIndexParameters(val interface{}) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateSetComplexObjectIsFromSetParameters(val *bool) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateSetDefaultValueParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateSetDimensionsParameters(val *map[string]*string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateSetInternalValueParameters(val *CloudwatchLogMetricFilterMetricTransformation) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateSetNameParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateSetNamespaceParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateSetTerraformAttributeParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateSetTerraformResourceParameters(val cdktf.IInterpolatingParent) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateSetUnitParameters(val *string) error {
	return nil
}

func (j *jsiiProxy_CloudwatchLogMetricFilterMetricTransformationOutputReference) validateSetValueParameters(val *string) error {
	return nil
}

func validateNewCloudwatchLogMetricFilterMetricTransformationOutputReferenceParameters(terraformResource cdktf.IInterpolatingParent, terraformAttribute *string) error {
	return nil
}

