/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const msgqueue = $root.msgqueue = (() => {

    const msgqueue = {};

    msgqueue.TbMsgMetaDataProto = (function() {

        const TbMsgMetaDataProto = function (properties) {
            this.data = {};
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TbMsgMetaDataProto.prototype.data = $util.emptyObject;

        TbMsgMetaDataProto.create = function(properties) {
            return new TbMsgMetaDataProto(properties);
        };

        TbMsgMetaDataProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                for (let keys = $Object.keys(message.data), i = 0; i < keys.length; ++i)
                    writer.uint32(10).fork().uint32(10).string(keys[i]).uint32(18).string(message.data[keys[i]]).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TbMsgMetaDataProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, key, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.msgqueue.TbMsgMetaDataProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (message.data === $util.emptyObject)
                            message.data = {};
                        let end2 = reader.size() + reader.pos;
                        if (end2 > reader.len)
                            throw $RangeError("index out of range");
                        reader.len = end2;
                        key = "";
                        value = "";
                        while (reader.pos < end2) {
                            let tag2 = reader.tag();
                            wireType = tag2 & 7;
                            switch (tag2 >>>= 3) {
                            case 1:
                                if (wireType !== 2)
                                    break;
                                key = reader.stringVerify();
                                continue;
                            case 2:
                                if (wireType !== 2)
                                    break;
                                value = reader.stringVerify();
                                continue;
                            }
                            reader.skipType(wireType, _depth, tag2);
                        }
                        if (reader.pos !== end2)
                            throw $RangeError("index out of range");
                        reader.len = end;
                        if (key === "__proto__")
                            $util.makeProp(message.data, key);
                        message.data[key] = value;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TbMsgMetaDataProto.fromObject = function (object, _depth) {
            if (object instanceof $root.msgqueue.TbMsgMetaDataProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".msgqueue.TbMsgMetaDataProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.msgqueue.TbMsgMetaDataProto();
            if (object.data) {
                if (!$util.isObject(object.data))
                    throw $TypeError(".msgqueue.TbMsgMetaDataProto.data: object expected");
                message.data = {};
                for (let keys = $Object.keys(object.data), i = 0; i < keys.length; ++i) {
                    if (keys[i] === "__proto__")
                        $util.makeProp(message.data, keys[i]);
                    message.data[keys[i]] = $String(object.data[keys[i]]);
                }
            }
            return message;
        };

        TbMsgMetaDataProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.objects || options.defaults)
                object.data = {};
            let keys2;
            if (message.data && (keys2 = $Object.keys(message.data)).length) {
                object.data = {};
                for (let j = 0; j < keys2.length; ++j) {
                    if (keys2[j] === "__proto__")
                        $util.makeProp(object.data, keys2[j]);
                    object.data[keys2[j]] = message.data[keys2[j]];
                }
            }
            return object;
        };

        TbMsgMetaDataProto.prototype.toJSON = function() {
            return TbMsgMetaDataProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        TbMsgMetaDataProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/msgqueue.TbMsgMetaDataProto";
        };

        return TbMsgMetaDataProto;
    })();

    msgqueue.TbMsgProcessingStackItemProto = (function() {

        const TbMsgProcessingStackItemProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TbMsgProcessingStackItemProto.prototype.ruleChainIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbMsgProcessingStackItemProto.prototype.ruleChainIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbMsgProcessingStackItemProto.prototype.ruleNodeIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbMsgProcessingStackItemProto.prototype.ruleNodeIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        TbMsgProcessingStackItemProto.create = function(properties) {
            return new TbMsgProcessingStackItemProto(properties);
        };

        TbMsgProcessingStackItemProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ruleChainIdMSB != null && $Object.hasOwnProperty.call(message, "ruleChainIdMSB") && (typeof message.ruleChainIdMSB === "object" ? message.ruleChainIdMSB.low || message.ruleChainIdMSB.high : message.ruleChainIdMSB !== 0))
                writer.uint32(8).int64(message.ruleChainIdMSB);
            if (message.ruleChainIdLSB != null && $Object.hasOwnProperty.call(message, "ruleChainIdLSB") && (typeof message.ruleChainIdLSB === "object" ? message.ruleChainIdLSB.low || message.ruleChainIdLSB.high : message.ruleChainIdLSB !== 0))
                writer.uint32(16).int64(message.ruleChainIdLSB);
            if (message.ruleNodeIdMSB != null && $Object.hasOwnProperty.call(message, "ruleNodeIdMSB") && (typeof message.ruleNodeIdMSB === "object" ? message.ruleNodeIdMSB.low || message.ruleNodeIdMSB.high : message.ruleNodeIdMSB !== 0))
                writer.uint32(24).int64(message.ruleNodeIdMSB);
            if (message.ruleNodeIdLSB != null && $Object.hasOwnProperty.call(message, "ruleNodeIdLSB") && (typeof message.ruleNodeIdLSB === "object" ? message.ruleNodeIdLSB.low || message.ruleNodeIdLSB.high : message.ruleNodeIdLSB !== 0))
                writer.uint32(32).int64(message.ruleNodeIdLSB);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TbMsgProcessingStackItemProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.msgqueue.TbMsgProcessingStackItemProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ruleChainIdMSB = value;
                        else
                            delete message.ruleChainIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ruleChainIdLSB = value;
                        else
                            delete message.ruleChainIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ruleNodeIdMSB = value;
                        else
                            delete message.ruleNodeIdMSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ruleNodeIdLSB = value;
                        else
                            delete message.ruleNodeIdLSB;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TbMsgProcessingStackItemProto.fromObject = function (object, _depth) {
            if (object instanceof $root.msgqueue.TbMsgProcessingStackItemProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".msgqueue.TbMsgProcessingStackItemProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.msgqueue.TbMsgProcessingStackItemProto();
            if (object.ruleChainIdMSB != null)
                if (typeof object.ruleChainIdMSB === "object" ? object.ruleChainIdMSB.low || object.ruleChainIdMSB.high : $Number(object.ruleChainIdMSB) !== 0)
                    if ($util.Long)
                        message.ruleChainIdMSB = $util.Long.fromValue(object.ruleChainIdMSB, false);
                    else if (typeof object.ruleChainIdMSB === "string")
                        message.ruleChainIdMSB = $parseInt(object.ruleChainIdMSB, 10);
                    else if (typeof object.ruleChainIdMSB === "number")
                        message.ruleChainIdMSB = object.ruleChainIdMSB;
                    else if (typeof object.ruleChainIdMSB === "object")
                        message.ruleChainIdMSB = new $util.LongBits(object.ruleChainIdMSB.low >>> 0, object.ruleChainIdMSB.high >>> 0).toNumber();
            if (object.ruleChainIdLSB != null)
                if (typeof object.ruleChainIdLSB === "object" ? object.ruleChainIdLSB.low || object.ruleChainIdLSB.high : $Number(object.ruleChainIdLSB) !== 0)
                    if ($util.Long)
                        message.ruleChainIdLSB = $util.Long.fromValue(object.ruleChainIdLSB, false);
                    else if (typeof object.ruleChainIdLSB === "string")
                        message.ruleChainIdLSB = $parseInt(object.ruleChainIdLSB, 10);
                    else if (typeof object.ruleChainIdLSB === "number")
                        message.ruleChainIdLSB = object.ruleChainIdLSB;
                    else if (typeof object.ruleChainIdLSB === "object")
                        message.ruleChainIdLSB = new $util.LongBits(object.ruleChainIdLSB.low >>> 0, object.ruleChainIdLSB.high >>> 0).toNumber();
            if (object.ruleNodeIdMSB != null)
                if (typeof object.ruleNodeIdMSB === "object" ? object.ruleNodeIdMSB.low || object.ruleNodeIdMSB.high : $Number(object.ruleNodeIdMSB) !== 0)
                    if ($util.Long)
                        message.ruleNodeIdMSB = $util.Long.fromValue(object.ruleNodeIdMSB, false);
                    else if (typeof object.ruleNodeIdMSB === "string")
                        message.ruleNodeIdMSB = $parseInt(object.ruleNodeIdMSB, 10);
                    else if (typeof object.ruleNodeIdMSB === "number")
                        message.ruleNodeIdMSB = object.ruleNodeIdMSB;
                    else if (typeof object.ruleNodeIdMSB === "object")
                        message.ruleNodeIdMSB = new $util.LongBits(object.ruleNodeIdMSB.low >>> 0, object.ruleNodeIdMSB.high >>> 0).toNumber();
            if (object.ruleNodeIdLSB != null)
                if (typeof object.ruleNodeIdLSB === "object" ? object.ruleNodeIdLSB.low || object.ruleNodeIdLSB.high : $Number(object.ruleNodeIdLSB) !== 0)
                    if ($util.Long)
                        message.ruleNodeIdLSB = $util.Long.fromValue(object.ruleNodeIdLSB, false);
                    else if (typeof object.ruleNodeIdLSB === "string")
                        message.ruleNodeIdLSB = $parseInt(object.ruleNodeIdLSB, 10);
                    else if (typeof object.ruleNodeIdLSB === "number")
                        message.ruleNodeIdLSB = object.ruleNodeIdLSB;
                    else if (typeof object.ruleNodeIdLSB === "object")
                        message.ruleNodeIdLSB = new $util.LongBits(object.ruleNodeIdLSB.low >>> 0, object.ruleNodeIdLSB.high >>> 0).toNumber();
            return message;
        };

        TbMsgProcessingStackItemProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.ruleChainIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.ruleChainIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.ruleChainIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.ruleChainIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.ruleNodeIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.ruleNodeIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.ruleNodeIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.ruleNodeIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.ruleChainIdMSB != null && $Object.hasOwnProperty.call(message, "ruleChainIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.ruleChainIdMSB = typeof message.ruleChainIdMSB === "number" ? $BigInt(message.ruleChainIdMSB) : $util.Long.fromBits(message.ruleChainIdMSB.low >>> 0, message.ruleChainIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.ruleChainIdMSB === "number")
                    object.ruleChainIdMSB = options.longs === $String ? $String(message.ruleChainIdMSB) : message.ruleChainIdMSB;
                else
                    object.ruleChainIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.ruleChainIdMSB) : options.longs === $Number ? new $util.LongBits(message.ruleChainIdMSB.low >>> 0, message.ruleChainIdMSB.high >>> 0).toNumber() : message.ruleChainIdMSB;
            if (message.ruleChainIdLSB != null && $Object.hasOwnProperty.call(message, "ruleChainIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.ruleChainIdLSB = typeof message.ruleChainIdLSB === "number" ? $BigInt(message.ruleChainIdLSB) : $util.Long.fromBits(message.ruleChainIdLSB.low >>> 0, message.ruleChainIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.ruleChainIdLSB === "number")
                    object.ruleChainIdLSB = options.longs === $String ? $String(message.ruleChainIdLSB) : message.ruleChainIdLSB;
                else
                    object.ruleChainIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.ruleChainIdLSB) : options.longs === $Number ? new $util.LongBits(message.ruleChainIdLSB.low >>> 0, message.ruleChainIdLSB.high >>> 0).toNumber() : message.ruleChainIdLSB;
            if (message.ruleNodeIdMSB != null && $Object.hasOwnProperty.call(message, "ruleNodeIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.ruleNodeIdMSB = typeof message.ruleNodeIdMSB === "number" ? $BigInt(message.ruleNodeIdMSB) : $util.Long.fromBits(message.ruleNodeIdMSB.low >>> 0, message.ruleNodeIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.ruleNodeIdMSB === "number")
                    object.ruleNodeIdMSB = options.longs === $String ? $String(message.ruleNodeIdMSB) : message.ruleNodeIdMSB;
                else
                    object.ruleNodeIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.ruleNodeIdMSB) : options.longs === $Number ? new $util.LongBits(message.ruleNodeIdMSB.low >>> 0, message.ruleNodeIdMSB.high >>> 0).toNumber() : message.ruleNodeIdMSB;
            if (message.ruleNodeIdLSB != null && $Object.hasOwnProperty.call(message, "ruleNodeIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.ruleNodeIdLSB = typeof message.ruleNodeIdLSB === "number" ? $BigInt(message.ruleNodeIdLSB) : $util.Long.fromBits(message.ruleNodeIdLSB.low >>> 0, message.ruleNodeIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.ruleNodeIdLSB === "number")
                    object.ruleNodeIdLSB = options.longs === $String ? $String(message.ruleNodeIdLSB) : message.ruleNodeIdLSB;
                else
                    object.ruleNodeIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.ruleNodeIdLSB) : options.longs === $Number ? new $util.LongBits(message.ruleNodeIdLSB.low >>> 0, message.ruleNodeIdLSB.high >>> 0).toNumber() : message.ruleNodeIdLSB;
            return object;
        };

        TbMsgProcessingStackItemProto.prototype.toJSON = function() {
            return TbMsgProcessingStackItemProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        TbMsgProcessingStackItemProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/msgqueue.TbMsgProcessingStackItemProto";
        };

        return TbMsgProcessingStackItemProto;
    })();

    msgqueue.TbMsgProcessingCtxProto = (function() {

        const TbMsgProcessingCtxProto = function (properties) {
            this.stack = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TbMsgProcessingCtxProto.prototype.ruleNodeExecCounter = 0;
        TbMsgProcessingCtxProto.prototype.stack = $util.emptyArray;

        TbMsgProcessingCtxProto.create = function(properties) {
            return new TbMsgProcessingCtxProto(properties);
        };

        TbMsgProcessingCtxProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ruleNodeExecCounter != null && $Object.hasOwnProperty.call(message, "ruleNodeExecCounter") && message.ruleNodeExecCounter !== 0)
                writer.uint32(8).int32(message.ruleNodeExecCounter);
            if (message.stack != null && message.stack.length)
                for (let i = 0; i < message.stack.length; ++i)
                    $root.msgqueue.TbMsgProcessingStackItemProto.encode(message.stack[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TbMsgProcessingCtxProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.msgqueue.TbMsgProcessingCtxProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.ruleNodeExecCounter = value;
                        else
                            delete message.ruleNodeExecCounter;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.stack && message.stack.length))
                            message.stack = [];
                        message.stack.push($root.msgqueue.TbMsgProcessingStackItemProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TbMsgProcessingCtxProto.fromObject = function (object, _depth) {
            if (object instanceof $root.msgqueue.TbMsgProcessingCtxProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".msgqueue.TbMsgProcessingCtxProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.msgqueue.TbMsgProcessingCtxProto();
            if (object.ruleNodeExecCounter != null)
                if ($Number(object.ruleNodeExecCounter) !== 0)
                    message.ruleNodeExecCounter = object.ruleNodeExecCounter | 0;
            if (object.stack) {
                if (!$Array.isArray(object.stack))
                    throw $TypeError(".msgqueue.TbMsgProcessingCtxProto.stack: array expected");
                message.stack = $Array(object.stack.length);
                for (let i = 0; i < object.stack.length; ++i) {
                    if (!$util.isObject(object.stack[i]))
                        throw $TypeError(".msgqueue.TbMsgProcessingCtxProto.stack: object expected");
                    message.stack[i] = $root.msgqueue.TbMsgProcessingStackItemProto.fromObject(object.stack[i], _depth + 1);
                }
            }
            return message;
        };

        TbMsgProcessingCtxProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.stack = [];
            if (options.defaults)
                object.ruleNodeExecCounter = 0;
            if (message.ruleNodeExecCounter != null && $Object.hasOwnProperty.call(message, "ruleNodeExecCounter"))
                object.ruleNodeExecCounter = message.ruleNodeExecCounter;
            if (message.stack && message.stack.length) {
                object.stack = $Array(message.stack.length);
                for (let j = 0; j < message.stack.length; ++j)
                    object.stack[j] = $root.msgqueue.TbMsgProcessingStackItemProto.toObject(message.stack[j], options, _depth + 1);
            }
            return object;
        };

        TbMsgProcessingCtxProto.prototype.toJSON = function() {
            return TbMsgProcessingCtxProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        TbMsgProcessingCtxProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/msgqueue.TbMsgProcessingCtxProto";
        };

        return TbMsgProcessingCtxProto;
    })();

    msgqueue.CalculatedFieldIdProto = (function() {

        const CalculatedFieldIdProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        CalculatedFieldIdProto.prototype.calculatedFieldIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        CalculatedFieldIdProto.prototype.calculatedFieldIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        CalculatedFieldIdProto.create = function(properties) {
            return new CalculatedFieldIdProto(properties);
        };

        CalculatedFieldIdProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.calculatedFieldIdMSB != null && $Object.hasOwnProperty.call(message, "calculatedFieldIdMSB") && (typeof message.calculatedFieldIdMSB === "object" ? message.calculatedFieldIdMSB.low || message.calculatedFieldIdMSB.high : message.calculatedFieldIdMSB !== 0))
                writer.uint32(8).int64(message.calculatedFieldIdMSB);
            if (message.calculatedFieldIdLSB != null && $Object.hasOwnProperty.call(message, "calculatedFieldIdLSB") && (typeof message.calculatedFieldIdLSB === "object" ? message.calculatedFieldIdLSB.low || message.calculatedFieldIdLSB.high : message.calculatedFieldIdLSB !== 0))
                writer.uint32(16).int64(message.calculatedFieldIdLSB);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        CalculatedFieldIdProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.msgqueue.CalculatedFieldIdProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.calculatedFieldIdMSB = value;
                        else
                            delete message.calculatedFieldIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.calculatedFieldIdLSB = value;
                        else
                            delete message.calculatedFieldIdLSB;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        CalculatedFieldIdProto.fromObject = function (object, _depth) {
            if (object instanceof $root.msgqueue.CalculatedFieldIdProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".msgqueue.CalculatedFieldIdProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.msgqueue.CalculatedFieldIdProto();
            if (object.calculatedFieldIdMSB != null)
                if (typeof object.calculatedFieldIdMSB === "object" ? object.calculatedFieldIdMSB.low || object.calculatedFieldIdMSB.high : $Number(object.calculatedFieldIdMSB) !== 0)
                    if ($util.Long)
                        message.calculatedFieldIdMSB = $util.Long.fromValue(object.calculatedFieldIdMSB, false);
                    else if (typeof object.calculatedFieldIdMSB === "string")
                        message.calculatedFieldIdMSB = $parseInt(object.calculatedFieldIdMSB, 10);
                    else if (typeof object.calculatedFieldIdMSB === "number")
                        message.calculatedFieldIdMSB = object.calculatedFieldIdMSB;
                    else if (typeof object.calculatedFieldIdMSB === "object")
                        message.calculatedFieldIdMSB = new $util.LongBits(object.calculatedFieldIdMSB.low >>> 0, object.calculatedFieldIdMSB.high >>> 0).toNumber();
            if (object.calculatedFieldIdLSB != null)
                if (typeof object.calculatedFieldIdLSB === "object" ? object.calculatedFieldIdLSB.low || object.calculatedFieldIdLSB.high : $Number(object.calculatedFieldIdLSB) !== 0)
                    if ($util.Long)
                        message.calculatedFieldIdLSB = $util.Long.fromValue(object.calculatedFieldIdLSB, false);
                    else if (typeof object.calculatedFieldIdLSB === "string")
                        message.calculatedFieldIdLSB = $parseInt(object.calculatedFieldIdLSB, 10);
                    else if (typeof object.calculatedFieldIdLSB === "number")
                        message.calculatedFieldIdLSB = object.calculatedFieldIdLSB;
                    else if (typeof object.calculatedFieldIdLSB === "object")
                        message.calculatedFieldIdLSB = new $util.LongBits(object.calculatedFieldIdLSB.low >>> 0, object.calculatedFieldIdLSB.high >>> 0).toNumber();
            return message;
        };

        CalculatedFieldIdProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.calculatedFieldIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.calculatedFieldIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.calculatedFieldIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.calculatedFieldIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.calculatedFieldIdMSB != null && $Object.hasOwnProperty.call(message, "calculatedFieldIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.calculatedFieldIdMSB = typeof message.calculatedFieldIdMSB === "number" ? $BigInt(message.calculatedFieldIdMSB) : $util.Long.fromBits(message.calculatedFieldIdMSB.low >>> 0, message.calculatedFieldIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.calculatedFieldIdMSB === "number")
                    object.calculatedFieldIdMSB = options.longs === $String ? $String(message.calculatedFieldIdMSB) : message.calculatedFieldIdMSB;
                else
                    object.calculatedFieldIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.calculatedFieldIdMSB) : options.longs === $Number ? new $util.LongBits(message.calculatedFieldIdMSB.low >>> 0, message.calculatedFieldIdMSB.high >>> 0).toNumber() : message.calculatedFieldIdMSB;
            if (message.calculatedFieldIdLSB != null && $Object.hasOwnProperty.call(message, "calculatedFieldIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.calculatedFieldIdLSB = typeof message.calculatedFieldIdLSB === "number" ? $BigInt(message.calculatedFieldIdLSB) : $util.Long.fromBits(message.calculatedFieldIdLSB.low >>> 0, message.calculatedFieldIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.calculatedFieldIdLSB === "number")
                    object.calculatedFieldIdLSB = options.longs === $String ? $String(message.calculatedFieldIdLSB) : message.calculatedFieldIdLSB;
                else
                    object.calculatedFieldIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.calculatedFieldIdLSB) : options.longs === $Number ? new $util.LongBits(message.calculatedFieldIdLSB.low >>> 0, message.calculatedFieldIdLSB.high >>> 0).toNumber() : message.calculatedFieldIdLSB;
            return object;
        };

        CalculatedFieldIdProto.prototype.toJSON = function() {
            return CalculatedFieldIdProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        CalculatedFieldIdProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/msgqueue.CalculatedFieldIdProto";
        };

        return CalculatedFieldIdProto;
    })();

    msgqueue.TbMsgProto = (function() {

        const TbMsgProto = function (properties) {
            this.calculatedFields = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TbMsgProto.prototype.id = "";
        TbMsgProto.prototype.type = "";
        TbMsgProto.prototype.entityType = "";
        TbMsgProto.prototype.entityIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbMsgProto.prototype.entityIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbMsgProto.prototype.ruleChainIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbMsgProto.prototype.ruleChainIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbMsgProto.prototype.ruleNodeIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbMsgProto.prototype.ruleNodeIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbMsgProto.prototype.clusterPartition = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbMsgProto.prototype.metaData = null;
        TbMsgProto.prototype.dataType = 0;
        TbMsgProto.prototype.data = "";
        TbMsgProto.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbMsgProto.prototype.customerIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbMsgProto.prototype.customerIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbMsgProto.prototype.ctx = null;
        TbMsgProto.prototype.correlationIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbMsgProto.prototype.correlationIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbMsgProto.prototype.partition = 0;
        TbMsgProto.prototype.calculatedFields = $util.emptyArray;

        TbMsgProto.create = function(properties) {
            return new TbMsgProto(properties);
        };

        TbMsgProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                writer.uint32(10).string(message.id);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                writer.uint32(18).string(message.type);
            if (message.entityType != null && $Object.hasOwnProperty.call(message, "entityType") && message.entityType !== "")
                writer.uint32(26).string(message.entityType);
            if (message.entityIdMSB != null && $Object.hasOwnProperty.call(message, "entityIdMSB") && (typeof message.entityIdMSB === "object" ? message.entityIdMSB.low || message.entityIdMSB.high : message.entityIdMSB !== 0))
                writer.uint32(32).int64(message.entityIdMSB);
            if (message.entityIdLSB != null && $Object.hasOwnProperty.call(message, "entityIdLSB") && (typeof message.entityIdLSB === "object" ? message.entityIdLSB.low || message.entityIdLSB.high : message.entityIdLSB !== 0))
                writer.uint32(40).int64(message.entityIdLSB);
            if (message.ruleChainIdMSB != null && $Object.hasOwnProperty.call(message, "ruleChainIdMSB") && (typeof message.ruleChainIdMSB === "object" ? message.ruleChainIdMSB.low || message.ruleChainIdMSB.high : message.ruleChainIdMSB !== 0))
                writer.uint32(48).int64(message.ruleChainIdMSB);
            if (message.ruleChainIdLSB != null && $Object.hasOwnProperty.call(message, "ruleChainIdLSB") && (typeof message.ruleChainIdLSB === "object" ? message.ruleChainIdLSB.low || message.ruleChainIdLSB.high : message.ruleChainIdLSB !== 0))
                writer.uint32(56).int64(message.ruleChainIdLSB);
            if (message.ruleNodeIdMSB != null && $Object.hasOwnProperty.call(message, "ruleNodeIdMSB") && (typeof message.ruleNodeIdMSB === "object" ? message.ruleNodeIdMSB.low || message.ruleNodeIdMSB.high : message.ruleNodeIdMSB !== 0))
                writer.uint32(64).int64(message.ruleNodeIdMSB);
            if (message.ruleNodeIdLSB != null && $Object.hasOwnProperty.call(message, "ruleNodeIdLSB") && (typeof message.ruleNodeIdLSB === "object" ? message.ruleNodeIdLSB.low || message.ruleNodeIdLSB.high : message.ruleNodeIdLSB !== 0))
                writer.uint32(72).int64(message.ruleNodeIdLSB);
            if (message.clusterPartition != null && $Object.hasOwnProperty.call(message, "clusterPartition") && (typeof message.clusterPartition === "object" ? message.clusterPartition.low || message.clusterPartition.high : message.clusterPartition !== 0))
                writer.uint32(80).int64(message.clusterPartition);
            if (message.metaData != null && $Object.hasOwnProperty.call(message, "metaData"))
                $root.msgqueue.TbMsgMetaDataProto.encode(message.metaData, writer.uint32(90).fork(), _depth + 1).ldelim();
            if (message.dataType != null && $Object.hasOwnProperty.call(message, "dataType") && message.dataType !== 0)
                writer.uint32(104).int32(message.dataType);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data !== "")
                writer.uint32(114).string(message.data);
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(120).int64(message.ts);
            if (message.customerIdMSB != null && $Object.hasOwnProperty.call(message, "customerIdMSB") && (typeof message.customerIdMSB === "object" ? message.customerIdMSB.low || message.customerIdMSB.high : message.customerIdMSB !== 0))
                writer.uint32(136).int64(message.customerIdMSB);
            if (message.customerIdLSB != null && $Object.hasOwnProperty.call(message, "customerIdLSB") && (typeof message.customerIdLSB === "object" ? message.customerIdLSB.low || message.customerIdLSB.high : message.customerIdLSB !== 0))
                writer.uint32(144).int64(message.customerIdLSB);
            if (message.ctx != null && $Object.hasOwnProperty.call(message, "ctx"))
                $root.msgqueue.TbMsgProcessingCtxProto.encode(message.ctx, writer.uint32(154).fork(), _depth + 1).ldelim();
            if (message.correlationIdMSB != null && $Object.hasOwnProperty.call(message, "correlationIdMSB") && (typeof message.correlationIdMSB === "object" ? message.correlationIdMSB.low || message.correlationIdMSB.high : message.correlationIdMSB !== 0))
                writer.uint32(160).int64(message.correlationIdMSB);
            if (message.correlationIdLSB != null && $Object.hasOwnProperty.call(message, "correlationIdLSB") && (typeof message.correlationIdLSB === "object" ? message.correlationIdLSB.low || message.correlationIdLSB.high : message.correlationIdLSB !== 0))
                writer.uint32(168).int64(message.correlationIdLSB);
            if (message.partition != null && $Object.hasOwnProperty.call(message, "partition") && message.partition !== 0)
                writer.uint32(176).int32(message.partition);
            if (message.calculatedFields != null && message.calculatedFields.length)
                for (let i = 0; i < message.calculatedFields.length; ++i)
                    $root.msgqueue.CalculatedFieldIdProto.encode(message.calculatedFields[i], writer.uint32(186).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TbMsgProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.msgqueue.TbMsgProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.id = value;
                        else
                            delete message.id;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.entityType = value;
                        else
                            delete message.entityType;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.entityIdMSB = value;
                        else
                            delete message.entityIdMSB;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.entityIdLSB = value;
                        else
                            delete message.entityIdLSB;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ruleChainIdMSB = value;
                        else
                            delete message.ruleChainIdMSB;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ruleChainIdLSB = value;
                        else
                            delete message.ruleChainIdLSB;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ruleNodeIdMSB = value;
                        else
                            delete message.ruleNodeIdMSB;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ruleNodeIdLSB = value;
                        else
                            delete message.ruleNodeIdLSB;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.clusterPartition = value;
                        else
                            delete message.clusterPartition;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.metaData = $root.msgqueue.TbMsgMetaDataProto.decode(reader, reader.size(), $undefined, _depth + 1, message.metaData);
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.dataType = value;
                        else
                            delete message.dataType;
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.data = value;
                        else
                            delete message.data;
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ts = value;
                        else
                            delete message.ts;
                        continue;
                    }
                case 17: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.customerIdMSB = value;
                        else
                            delete message.customerIdMSB;
                        continue;
                    }
                case 18: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.customerIdLSB = value;
                        else
                            delete message.customerIdLSB;
                        continue;
                    }
                case 19: {
                        if (wireType !== 2)
                            break;
                        message.ctx = $root.msgqueue.TbMsgProcessingCtxProto.decode(reader, reader.size(), $undefined, _depth + 1, message.ctx);
                        continue;
                    }
                case 20: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.correlationIdMSB = value;
                        else
                            delete message.correlationIdMSB;
                        continue;
                    }
                case 21: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.correlationIdLSB = value;
                        else
                            delete message.correlationIdLSB;
                        continue;
                    }
                case 22: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.partition = value;
                        else
                            delete message.partition;
                        continue;
                    }
                case 23: {
                        if (wireType !== 2)
                            break;
                        if (!(message.calculatedFields && message.calculatedFields.length))
                            message.calculatedFields = [];
                        message.calculatedFields.push($root.msgqueue.CalculatedFieldIdProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TbMsgProto.fromObject = function (object, _depth) {
            if (object instanceof $root.msgqueue.TbMsgProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".msgqueue.TbMsgProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.msgqueue.TbMsgProto();
            if (object.id != null)
                if (typeof object.id !== "string" || object.id.length)
                    message.id = $String(object.id);
            if (object.type != null)
                if (typeof object.type !== "string" || object.type.length)
                    message.type = $String(object.type);
            if (object.entityType != null)
                if (typeof object.entityType !== "string" || object.entityType.length)
                    message.entityType = $String(object.entityType);
            if (object.entityIdMSB != null)
                if (typeof object.entityIdMSB === "object" ? object.entityIdMSB.low || object.entityIdMSB.high : $Number(object.entityIdMSB) !== 0)
                    if ($util.Long)
                        message.entityIdMSB = $util.Long.fromValue(object.entityIdMSB, false);
                    else if (typeof object.entityIdMSB === "string")
                        message.entityIdMSB = $parseInt(object.entityIdMSB, 10);
                    else if (typeof object.entityIdMSB === "number")
                        message.entityIdMSB = object.entityIdMSB;
                    else if (typeof object.entityIdMSB === "object")
                        message.entityIdMSB = new $util.LongBits(object.entityIdMSB.low >>> 0, object.entityIdMSB.high >>> 0).toNumber();
            if (object.entityIdLSB != null)
                if (typeof object.entityIdLSB === "object" ? object.entityIdLSB.low || object.entityIdLSB.high : $Number(object.entityIdLSB) !== 0)
                    if ($util.Long)
                        message.entityIdLSB = $util.Long.fromValue(object.entityIdLSB, false);
                    else if (typeof object.entityIdLSB === "string")
                        message.entityIdLSB = $parseInt(object.entityIdLSB, 10);
                    else if (typeof object.entityIdLSB === "number")
                        message.entityIdLSB = object.entityIdLSB;
                    else if (typeof object.entityIdLSB === "object")
                        message.entityIdLSB = new $util.LongBits(object.entityIdLSB.low >>> 0, object.entityIdLSB.high >>> 0).toNumber();
            if (object.ruleChainIdMSB != null)
                if (typeof object.ruleChainIdMSB === "object" ? object.ruleChainIdMSB.low || object.ruleChainIdMSB.high : $Number(object.ruleChainIdMSB) !== 0)
                    if ($util.Long)
                        message.ruleChainIdMSB = $util.Long.fromValue(object.ruleChainIdMSB, false);
                    else if (typeof object.ruleChainIdMSB === "string")
                        message.ruleChainIdMSB = $parseInt(object.ruleChainIdMSB, 10);
                    else if (typeof object.ruleChainIdMSB === "number")
                        message.ruleChainIdMSB = object.ruleChainIdMSB;
                    else if (typeof object.ruleChainIdMSB === "object")
                        message.ruleChainIdMSB = new $util.LongBits(object.ruleChainIdMSB.low >>> 0, object.ruleChainIdMSB.high >>> 0).toNumber();
            if (object.ruleChainIdLSB != null)
                if (typeof object.ruleChainIdLSB === "object" ? object.ruleChainIdLSB.low || object.ruleChainIdLSB.high : $Number(object.ruleChainIdLSB) !== 0)
                    if ($util.Long)
                        message.ruleChainIdLSB = $util.Long.fromValue(object.ruleChainIdLSB, false);
                    else if (typeof object.ruleChainIdLSB === "string")
                        message.ruleChainIdLSB = $parseInt(object.ruleChainIdLSB, 10);
                    else if (typeof object.ruleChainIdLSB === "number")
                        message.ruleChainIdLSB = object.ruleChainIdLSB;
                    else if (typeof object.ruleChainIdLSB === "object")
                        message.ruleChainIdLSB = new $util.LongBits(object.ruleChainIdLSB.low >>> 0, object.ruleChainIdLSB.high >>> 0).toNumber();
            if (object.ruleNodeIdMSB != null)
                if (typeof object.ruleNodeIdMSB === "object" ? object.ruleNodeIdMSB.low || object.ruleNodeIdMSB.high : $Number(object.ruleNodeIdMSB) !== 0)
                    if ($util.Long)
                        message.ruleNodeIdMSB = $util.Long.fromValue(object.ruleNodeIdMSB, false);
                    else if (typeof object.ruleNodeIdMSB === "string")
                        message.ruleNodeIdMSB = $parseInt(object.ruleNodeIdMSB, 10);
                    else if (typeof object.ruleNodeIdMSB === "number")
                        message.ruleNodeIdMSB = object.ruleNodeIdMSB;
                    else if (typeof object.ruleNodeIdMSB === "object")
                        message.ruleNodeIdMSB = new $util.LongBits(object.ruleNodeIdMSB.low >>> 0, object.ruleNodeIdMSB.high >>> 0).toNumber();
            if (object.ruleNodeIdLSB != null)
                if (typeof object.ruleNodeIdLSB === "object" ? object.ruleNodeIdLSB.low || object.ruleNodeIdLSB.high : $Number(object.ruleNodeIdLSB) !== 0)
                    if ($util.Long)
                        message.ruleNodeIdLSB = $util.Long.fromValue(object.ruleNodeIdLSB, false);
                    else if (typeof object.ruleNodeIdLSB === "string")
                        message.ruleNodeIdLSB = $parseInt(object.ruleNodeIdLSB, 10);
                    else if (typeof object.ruleNodeIdLSB === "number")
                        message.ruleNodeIdLSB = object.ruleNodeIdLSB;
                    else if (typeof object.ruleNodeIdLSB === "object")
                        message.ruleNodeIdLSB = new $util.LongBits(object.ruleNodeIdLSB.low >>> 0, object.ruleNodeIdLSB.high >>> 0).toNumber();
            if (object.clusterPartition != null)
                if (typeof object.clusterPartition === "object" ? object.clusterPartition.low || object.clusterPartition.high : $Number(object.clusterPartition) !== 0)
                    if ($util.Long)
                        message.clusterPartition = $util.Long.fromValue(object.clusterPartition, false);
                    else if (typeof object.clusterPartition === "string")
                        message.clusterPartition = $parseInt(object.clusterPartition, 10);
                    else if (typeof object.clusterPartition === "number")
                        message.clusterPartition = object.clusterPartition;
                    else if (typeof object.clusterPartition === "object")
                        message.clusterPartition = new $util.LongBits(object.clusterPartition.low >>> 0, object.clusterPartition.high >>> 0).toNumber();
            if (object.metaData != null) {
                if (!$util.isObject(object.metaData))
                    throw $TypeError(".msgqueue.TbMsgProto.metaData: object expected");
                message.metaData = $root.msgqueue.TbMsgMetaDataProto.fromObject(object.metaData, _depth + 1);
            }
            if (object.dataType != null)
                if ($Number(object.dataType) !== 0)
                    message.dataType = object.dataType | 0;
            if (object.data != null)
                if (typeof object.data !== "string" || object.data.length)
                    message.data = $String(object.data);
            if (object.ts != null)
                if (typeof object.ts === "object" ? object.ts.low || object.ts.high : $Number(object.ts) !== 0)
                    if ($util.Long)
                        message.ts = $util.Long.fromValue(object.ts, false);
                    else if (typeof object.ts === "string")
                        message.ts = $parseInt(object.ts, 10);
                    else if (typeof object.ts === "number")
                        message.ts = object.ts;
                    else if (typeof object.ts === "object")
                        message.ts = new $util.LongBits(object.ts.low >>> 0, object.ts.high >>> 0).toNumber();
            if (object.customerIdMSB != null)
                if (typeof object.customerIdMSB === "object" ? object.customerIdMSB.low || object.customerIdMSB.high : $Number(object.customerIdMSB) !== 0)
                    if ($util.Long)
                        message.customerIdMSB = $util.Long.fromValue(object.customerIdMSB, false);
                    else if (typeof object.customerIdMSB === "string")
                        message.customerIdMSB = $parseInt(object.customerIdMSB, 10);
                    else if (typeof object.customerIdMSB === "number")
                        message.customerIdMSB = object.customerIdMSB;
                    else if (typeof object.customerIdMSB === "object")
                        message.customerIdMSB = new $util.LongBits(object.customerIdMSB.low >>> 0, object.customerIdMSB.high >>> 0).toNumber();
            if (object.customerIdLSB != null)
                if (typeof object.customerIdLSB === "object" ? object.customerIdLSB.low || object.customerIdLSB.high : $Number(object.customerIdLSB) !== 0)
                    if ($util.Long)
                        message.customerIdLSB = $util.Long.fromValue(object.customerIdLSB, false);
                    else if (typeof object.customerIdLSB === "string")
                        message.customerIdLSB = $parseInt(object.customerIdLSB, 10);
                    else if (typeof object.customerIdLSB === "number")
                        message.customerIdLSB = object.customerIdLSB;
                    else if (typeof object.customerIdLSB === "object")
                        message.customerIdLSB = new $util.LongBits(object.customerIdLSB.low >>> 0, object.customerIdLSB.high >>> 0).toNumber();
            if (object.ctx != null) {
                if (!$util.isObject(object.ctx))
                    throw $TypeError(".msgqueue.TbMsgProto.ctx: object expected");
                message.ctx = $root.msgqueue.TbMsgProcessingCtxProto.fromObject(object.ctx, _depth + 1);
            }
            if (object.correlationIdMSB != null)
                if (typeof object.correlationIdMSB === "object" ? object.correlationIdMSB.low || object.correlationIdMSB.high : $Number(object.correlationIdMSB) !== 0)
                    if ($util.Long)
                        message.correlationIdMSB = $util.Long.fromValue(object.correlationIdMSB, false);
                    else if (typeof object.correlationIdMSB === "string")
                        message.correlationIdMSB = $parseInt(object.correlationIdMSB, 10);
                    else if (typeof object.correlationIdMSB === "number")
                        message.correlationIdMSB = object.correlationIdMSB;
                    else if (typeof object.correlationIdMSB === "object")
                        message.correlationIdMSB = new $util.LongBits(object.correlationIdMSB.low >>> 0, object.correlationIdMSB.high >>> 0).toNumber();
            if (object.correlationIdLSB != null)
                if (typeof object.correlationIdLSB === "object" ? object.correlationIdLSB.low || object.correlationIdLSB.high : $Number(object.correlationIdLSB) !== 0)
                    if ($util.Long)
                        message.correlationIdLSB = $util.Long.fromValue(object.correlationIdLSB, false);
                    else if (typeof object.correlationIdLSB === "string")
                        message.correlationIdLSB = $parseInt(object.correlationIdLSB, 10);
                    else if (typeof object.correlationIdLSB === "number")
                        message.correlationIdLSB = object.correlationIdLSB;
                    else if (typeof object.correlationIdLSB === "object")
                        message.correlationIdLSB = new $util.LongBits(object.correlationIdLSB.low >>> 0, object.correlationIdLSB.high >>> 0).toNumber();
            if (object.partition != null)
                if ($Number(object.partition) !== 0)
                    message.partition = object.partition | 0;
            if (object.calculatedFields) {
                if (!$Array.isArray(object.calculatedFields))
                    throw $TypeError(".msgqueue.TbMsgProto.calculatedFields: array expected");
                message.calculatedFields = $Array(object.calculatedFields.length);
                for (let i = 0; i < object.calculatedFields.length; ++i) {
                    if (!$util.isObject(object.calculatedFields[i]))
                        throw $TypeError(".msgqueue.TbMsgProto.calculatedFields: object expected");
                    message.calculatedFields[i] = $root.msgqueue.CalculatedFieldIdProto.fromObject(object.calculatedFields[i], _depth + 1);
                }
            }
            return message;
        };

        TbMsgProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.calculatedFields = [];
            if (options.defaults) {
                object.id = "";
                object.type = "";
                object.entityType = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.entityIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.entityIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.entityIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.entityIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.ruleChainIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.ruleChainIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.ruleChainIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.ruleChainIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.ruleNodeIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.ruleNodeIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.ruleNodeIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.ruleNodeIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.clusterPartition = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.clusterPartition = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.metaData = null;
                object.dataType = 0;
                object.data = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.ts = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.ts = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.customerIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.customerIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.customerIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.customerIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.ctx = null;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.correlationIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.correlationIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.correlationIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.correlationIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.partition = 0;
            }
            if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                object.id = message.id;
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            if (message.entityType != null && $Object.hasOwnProperty.call(message, "entityType"))
                object.entityType = message.entityType;
            if (message.entityIdMSB != null && $Object.hasOwnProperty.call(message, "entityIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.entityIdMSB = typeof message.entityIdMSB === "number" ? $BigInt(message.entityIdMSB) : $util.Long.fromBits(message.entityIdMSB.low >>> 0, message.entityIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.entityIdMSB === "number")
                    object.entityIdMSB = options.longs === $String ? $String(message.entityIdMSB) : message.entityIdMSB;
                else
                    object.entityIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.entityIdMSB) : options.longs === $Number ? new $util.LongBits(message.entityIdMSB.low >>> 0, message.entityIdMSB.high >>> 0).toNumber() : message.entityIdMSB;
            if (message.entityIdLSB != null && $Object.hasOwnProperty.call(message, "entityIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.entityIdLSB = typeof message.entityIdLSB === "number" ? $BigInt(message.entityIdLSB) : $util.Long.fromBits(message.entityIdLSB.low >>> 0, message.entityIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.entityIdLSB === "number")
                    object.entityIdLSB = options.longs === $String ? $String(message.entityIdLSB) : message.entityIdLSB;
                else
                    object.entityIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.entityIdLSB) : options.longs === $Number ? new $util.LongBits(message.entityIdLSB.low >>> 0, message.entityIdLSB.high >>> 0).toNumber() : message.entityIdLSB;
            if (message.ruleChainIdMSB != null && $Object.hasOwnProperty.call(message, "ruleChainIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.ruleChainIdMSB = typeof message.ruleChainIdMSB === "number" ? $BigInt(message.ruleChainIdMSB) : $util.Long.fromBits(message.ruleChainIdMSB.low >>> 0, message.ruleChainIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.ruleChainIdMSB === "number")
                    object.ruleChainIdMSB = options.longs === $String ? $String(message.ruleChainIdMSB) : message.ruleChainIdMSB;
                else
                    object.ruleChainIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.ruleChainIdMSB) : options.longs === $Number ? new $util.LongBits(message.ruleChainIdMSB.low >>> 0, message.ruleChainIdMSB.high >>> 0).toNumber() : message.ruleChainIdMSB;
            if (message.ruleChainIdLSB != null && $Object.hasOwnProperty.call(message, "ruleChainIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.ruleChainIdLSB = typeof message.ruleChainIdLSB === "number" ? $BigInt(message.ruleChainIdLSB) : $util.Long.fromBits(message.ruleChainIdLSB.low >>> 0, message.ruleChainIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.ruleChainIdLSB === "number")
                    object.ruleChainIdLSB = options.longs === $String ? $String(message.ruleChainIdLSB) : message.ruleChainIdLSB;
                else
                    object.ruleChainIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.ruleChainIdLSB) : options.longs === $Number ? new $util.LongBits(message.ruleChainIdLSB.low >>> 0, message.ruleChainIdLSB.high >>> 0).toNumber() : message.ruleChainIdLSB;
            if (message.ruleNodeIdMSB != null && $Object.hasOwnProperty.call(message, "ruleNodeIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.ruleNodeIdMSB = typeof message.ruleNodeIdMSB === "number" ? $BigInt(message.ruleNodeIdMSB) : $util.Long.fromBits(message.ruleNodeIdMSB.low >>> 0, message.ruleNodeIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.ruleNodeIdMSB === "number")
                    object.ruleNodeIdMSB = options.longs === $String ? $String(message.ruleNodeIdMSB) : message.ruleNodeIdMSB;
                else
                    object.ruleNodeIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.ruleNodeIdMSB) : options.longs === $Number ? new $util.LongBits(message.ruleNodeIdMSB.low >>> 0, message.ruleNodeIdMSB.high >>> 0).toNumber() : message.ruleNodeIdMSB;
            if (message.ruleNodeIdLSB != null && $Object.hasOwnProperty.call(message, "ruleNodeIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.ruleNodeIdLSB = typeof message.ruleNodeIdLSB === "number" ? $BigInt(message.ruleNodeIdLSB) : $util.Long.fromBits(message.ruleNodeIdLSB.low >>> 0, message.ruleNodeIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.ruleNodeIdLSB === "number")
                    object.ruleNodeIdLSB = options.longs === $String ? $String(message.ruleNodeIdLSB) : message.ruleNodeIdLSB;
                else
                    object.ruleNodeIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.ruleNodeIdLSB) : options.longs === $Number ? new $util.LongBits(message.ruleNodeIdLSB.low >>> 0, message.ruleNodeIdLSB.high >>> 0).toNumber() : message.ruleNodeIdLSB;
            if (message.clusterPartition != null && $Object.hasOwnProperty.call(message, "clusterPartition"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.clusterPartition = typeof message.clusterPartition === "number" ? $BigInt(message.clusterPartition) : $util.Long.fromBits(message.clusterPartition.low >>> 0, message.clusterPartition.high >>> 0, false).toBigInt();
                else if (typeof message.clusterPartition === "number")
                    object.clusterPartition = options.longs === $String ? $String(message.clusterPartition) : message.clusterPartition;
                else
                    object.clusterPartition = options.longs === $String ? $util.Long.prototype.toString.call(message.clusterPartition) : options.longs === $Number ? new $util.LongBits(message.clusterPartition.low >>> 0, message.clusterPartition.high >>> 0).toNumber() : message.clusterPartition;
            if (message.metaData != null && $Object.hasOwnProperty.call(message, "metaData"))
                object.metaData = $root.msgqueue.TbMsgMetaDataProto.toObject(message.metaData, options, _depth + 1);
            if (message.dataType != null && $Object.hasOwnProperty.call(message, "dataType"))
                object.dataType = message.dataType;
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                object.data = message.data;
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.ts = typeof message.ts === "number" ? $BigInt(message.ts) : $util.Long.fromBits(message.ts.low >>> 0, message.ts.high >>> 0, false).toBigInt();
                else if (typeof message.ts === "number")
                    object.ts = options.longs === $String ? $String(message.ts) : message.ts;
                else
                    object.ts = options.longs === $String ? $util.Long.prototype.toString.call(message.ts) : options.longs === $Number ? new $util.LongBits(message.ts.low >>> 0, message.ts.high >>> 0).toNumber() : message.ts;
            if (message.customerIdMSB != null && $Object.hasOwnProperty.call(message, "customerIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.customerIdMSB = typeof message.customerIdMSB === "number" ? $BigInt(message.customerIdMSB) : $util.Long.fromBits(message.customerIdMSB.low >>> 0, message.customerIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.customerIdMSB === "number")
                    object.customerIdMSB = options.longs === $String ? $String(message.customerIdMSB) : message.customerIdMSB;
                else
                    object.customerIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.customerIdMSB) : options.longs === $Number ? new $util.LongBits(message.customerIdMSB.low >>> 0, message.customerIdMSB.high >>> 0).toNumber() : message.customerIdMSB;
            if (message.customerIdLSB != null && $Object.hasOwnProperty.call(message, "customerIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.customerIdLSB = typeof message.customerIdLSB === "number" ? $BigInt(message.customerIdLSB) : $util.Long.fromBits(message.customerIdLSB.low >>> 0, message.customerIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.customerIdLSB === "number")
                    object.customerIdLSB = options.longs === $String ? $String(message.customerIdLSB) : message.customerIdLSB;
                else
                    object.customerIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.customerIdLSB) : options.longs === $Number ? new $util.LongBits(message.customerIdLSB.low >>> 0, message.customerIdLSB.high >>> 0).toNumber() : message.customerIdLSB;
            if (message.ctx != null && $Object.hasOwnProperty.call(message, "ctx"))
                object.ctx = $root.msgqueue.TbMsgProcessingCtxProto.toObject(message.ctx, options, _depth + 1);
            if (message.correlationIdMSB != null && $Object.hasOwnProperty.call(message, "correlationIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.correlationIdMSB = typeof message.correlationIdMSB === "number" ? $BigInt(message.correlationIdMSB) : $util.Long.fromBits(message.correlationIdMSB.low >>> 0, message.correlationIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.correlationIdMSB === "number")
                    object.correlationIdMSB = options.longs === $String ? $String(message.correlationIdMSB) : message.correlationIdMSB;
                else
                    object.correlationIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.correlationIdMSB) : options.longs === $Number ? new $util.LongBits(message.correlationIdMSB.low >>> 0, message.correlationIdMSB.high >>> 0).toNumber() : message.correlationIdMSB;
            if (message.correlationIdLSB != null && $Object.hasOwnProperty.call(message, "correlationIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.correlationIdLSB = typeof message.correlationIdLSB === "number" ? $BigInt(message.correlationIdLSB) : $util.Long.fromBits(message.correlationIdLSB.low >>> 0, message.correlationIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.correlationIdLSB === "number")
                    object.correlationIdLSB = options.longs === $String ? $String(message.correlationIdLSB) : message.correlationIdLSB;
                else
                    object.correlationIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.correlationIdLSB) : options.longs === $Number ? new $util.LongBits(message.correlationIdLSB.low >>> 0, message.correlationIdLSB.high >>> 0).toNumber() : message.correlationIdLSB;
            if (message.partition != null && $Object.hasOwnProperty.call(message, "partition"))
                object.partition = message.partition;
            if (message.calculatedFields && message.calculatedFields.length) {
                object.calculatedFields = $Array(message.calculatedFields.length);
                for (let j = 0; j < message.calculatedFields.length; ++j)
                    object.calculatedFields[j] = $root.msgqueue.CalculatedFieldIdProto.toObject(message.calculatedFields[j], options, _depth + 1);
            }
            return object;
        };

        TbMsgProto.prototype.toJSON = function() {
            return TbMsgProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        TbMsgProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/msgqueue.TbMsgProto";
        };

        return TbMsgProto;
    })();

    return msgqueue;
})();

export const transport = $root.transport = (() => {

    const transport = {};

    transport.GetEntityProfileRequestMsg = (function() {

        const GetEntityProfileRequestMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        GetEntityProfileRequestMsg.prototype.entityType = "";
        GetEntityProfileRequestMsg.prototype.entityIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        GetEntityProfileRequestMsg.prototype.entityIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        GetEntityProfileRequestMsg.create = function(properties) {
            return new GetEntityProfileRequestMsg(properties);
        };

        GetEntityProfileRequestMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.entityType != null && $Object.hasOwnProperty.call(message, "entityType") && message.entityType !== "")
                writer.uint32(10).string(message.entityType);
            if (message.entityIdMSB != null && $Object.hasOwnProperty.call(message, "entityIdMSB") && (typeof message.entityIdMSB === "object" ? message.entityIdMSB.low || message.entityIdMSB.high : message.entityIdMSB !== 0))
                writer.uint32(16).int64(message.entityIdMSB);
            if (message.entityIdLSB != null && $Object.hasOwnProperty.call(message, "entityIdLSB") && (typeof message.entityIdLSB === "object" ? message.entityIdLSB.low || message.entityIdLSB.high : message.entityIdLSB !== 0))
                writer.uint32(24).int64(message.entityIdLSB);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        GetEntityProfileRequestMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.GetEntityProfileRequestMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.entityType = value;
                        else
                            delete message.entityType;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.entityIdMSB = value;
                        else
                            delete message.entityIdMSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.entityIdLSB = value;
                        else
                            delete message.entityIdLSB;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        GetEntityProfileRequestMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.GetEntityProfileRequestMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.GetEntityProfileRequestMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.GetEntityProfileRequestMsg();
            if (object.entityType != null)
                if (typeof object.entityType !== "string" || object.entityType.length)
                    message.entityType = $String(object.entityType);
            if (object.entityIdMSB != null)
                if (typeof object.entityIdMSB === "object" ? object.entityIdMSB.low || object.entityIdMSB.high : $Number(object.entityIdMSB) !== 0)
                    if ($util.Long)
                        message.entityIdMSB = $util.Long.fromValue(object.entityIdMSB, false);
                    else if (typeof object.entityIdMSB === "string")
                        message.entityIdMSB = $parseInt(object.entityIdMSB, 10);
                    else if (typeof object.entityIdMSB === "number")
                        message.entityIdMSB = object.entityIdMSB;
                    else if (typeof object.entityIdMSB === "object")
                        message.entityIdMSB = new $util.LongBits(object.entityIdMSB.low >>> 0, object.entityIdMSB.high >>> 0).toNumber();
            if (object.entityIdLSB != null)
                if (typeof object.entityIdLSB === "object" ? object.entityIdLSB.low || object.entityIdLSB.high : $Number(object.entityIdLSB) !== 0)
                    if ($util.Long)
                        message.entityIdLSB = $util.Long.fromValue(object.entityIdLSB, false);
                    else if (typeof object.entityIdLSB === "string")
                        message.entityIdLSB = $parseInt(object.entityIdLSB, 10);
                    else if (typeof object.entityIdLSB === "number")
                        message.entityIdLSB = object.entityIdLSB;
                    else if (typeof object.entityIdLSB === "object")
                        message.entityIdLSB = new $util.LongBits(object.entityIdLSB.low >>> 0, object.entityIdLSB.high >>> 0).toNumber();
            return message;
        };

        GetEntityProfileRequestMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.entityType = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.entityIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.entityIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.entityIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.entityIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.entityType != null && $Object.hasOwnProperty.call(message, "entityType"))
                object.entityType = message.entityType;
            if (message.entityIdMSB != null && $Object.hasOwnProperty.call(message, "entityIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.entityIdMSB = typeof message.entityIdMSB === "number" ? $BigInt(message.entityIdMSB) : $util.Long.fromBits(message.entityIdMSB.low >>> 0, message.entityIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.entityIdMSB === "number")
                    object.entityIdMSB = options.longs === $String ? $String(message.entityIdMSB) : message.entityIdMSB;
                else
                    object.entityIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.entityIdMSB) : options.longs === $Number ? new $util.LongBits(message.entityIdMSB.low >>> 0, message.entityIdMSB.high >>> 0).toNumber() : message.entityIdMSB;
            if (message.entityIdLSB != null && $Object.hasOwnProperty.call(message, "entityIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.entityIdLSB = typeof message.entityIdLSB === "number" ? $BigInt(message.entityIdLSB) : $util.Long.fromBits(message.entityIdLSB.low >>> 0, message.entityIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.entityIdLSB === "number")
                    object.entityIdLSB = options.longs === $String ? $String(message.entityIdLSB) : message.entityIdLSB;
                else
                    object.entityIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.entityIdLSB) : options.longs === $Number ? new $util.LongBits(message.entityIdLSB.low >>> 0, message.entityIdLSB.high >>> 0).toNumber() : message.entityIdLSB;
            return object;
        };

        GetEntityProfileRequestMsg.prototype.toJSON = function() {
            return GetEntityProfileRequestMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        GetEntityProfileRequestMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.GetEntityProfileRequestMsg";
        };

        return GetEntityProfileRequestMsg;
    })();

    transport.ValidateDeviceLwM2MCredentialsRequestMsg = (function() {

        const ValidateDeviceLwM2MCredentialsRequestMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ValidateDeviceLwM2MCredentialsRequestMsg.prototype.credentialsId = "";

        ValidateDeviceLwM2MCredentialsRequestMsg.create = function(properties) {
            return new ValidateDeviceLwM2MCredentialsRequestMsg(properties);
        };

        ValidateDeviceLwM2MCredentialsRequestMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.credentialsId != null && $Object.hasOwnProperty.call(message, "credentialsId") && message.credentialsId !== "")
                writer.uint32(10).string(message.credentialsId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ValidateDeviceLwM2MCredentialsRequestMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.ValidateDeviceLwM2MCredentialsRequestMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.credentialsId = value;
                        else
                            delete message.credentialsId;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ValidateDeviceLwM2MCredentialsRequestMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.ValidateDeviceLwM2MCredentialsRequestMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.ValidateDeviceLwM2MCredentialsRequestMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.ValidateDeviceLwM2MCredentialsRequestMsg();
            if (object.credentialsId != null)
                if (typeof object.credentialsId !== "string" || object.credentialsId.length)
                    message.credentialsId = $String(object.credentialsId);
            return message;
        };

        ValidateDeviceLwM2MCredentialsRequestMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.credentialsId = "";
            if (message.credentialsId != null && $Object.hasOwnProperty.call(message, "credentialsId"))
                object.credentialsId = message.credentialsId;
            return object;
        };

        ValidateDeviceLwM2MCredentialsRequestMsg.prototype.toJSON = function() {
            return ValidateDeviceLwM2MCredentialsRequestMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ValidateDeviceLwM2MCredentialsRequestMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.ValidateDeviceLwM2MCredentialsRequestMsg";
        };

        return ValidateDeviceLwM2MCredentialsRequestMsg;
    })();

    transport.GetResourceRequestMsg = (function() {

        const GetResourceRequestMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        GetResourceRequestMsg.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        GetResourceRequestMsg.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        GetResourceRequestMsg.prototype.resourceType = "";
        GetResourceRequestMsg.prototype.resourceKey = "";

        GetResourceRequestMsg.create = function(properties) {
            return new GetResourceRequestMsg(properties);
        };

        GetResourceRequestMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(8).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(16).int64(message.tenantIdLSB);
            if (message.resourceType != null && $Object.hasOwnProperty.call(message, "resourceType") && message.resourceType !== "")
                writer.uint32(26).string(message.resourceType);
            if (message.resourceKey != null && $Object.hasOwnProperty.call(message, "resourceKey") && message.resourceKey !== "")
                writer.uint32(34).string(message.resourceKey);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        GetResourceRequestMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.GetResourceRequestMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdMSB = value;
                        else
                            delete message.tenantIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdLSB = value;
                        else
                            delete message.tenantIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.resourceType = value;
                        else
                            delete message.resourceType;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.resourceKey = value;
                        else
                            delete message.resourceKey;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        GetResourceRequestMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.GetResourceRequestMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.GetResourceRequestMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.GetResourceRequestMsg();
            if (object.tenantIdMSB != null)
                if (typeof object.tenantIdMSB === "object" ? object.tenantIdMSB.low || object.tenantIdMSB.high : $Number(object.tenantIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantIdMSB = $util.Long.fromValue(object.tenantIdMSB, false);
                    else if (typeof object.tenantIdMSB === "string")
                        message.tenantIdMSB = $parseInt(object.tenantIdMSB, 10);
                    else if (typeof object.tenantIdMSB === "number")
                        message.tenantIdMSB = object.tenantIdMSB;
                    else if (typeof object.tenantIdMSB === "object")
                        message.tenantIdMSB = new $util.LongBits(object.tenantIdMSB.low >>> 0, object.tenantIdMSB.high >>> 0).toNumber();
            if (object.tenantIdLSB != null)
                if (typeof object.tenantIdLSB === "object" ? object.tenantIdLSB.low || object.tenantIdLSB.high : $Number(object.tenantIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantIdLSB = $util.Long.fromValue(object.tenantIdLSB, false);
                    else if (typeof object.tenantIdLSB === "string")
                        message.tenantIdLSB = $parseInt(object.tenantIdLSB, 10);
                    else if (typeof object.tenantIdLSB === "number")
                        message.tenantIdLSB = object.tenantIdLSB;
                    else if (typeof object.tenantIdLSB === "object")
                        message.tenantIdLSB = new $util.LongBits(object.tenantIdLSB.low >>> 0, object.tenantIdLSB.high >>> 0).toNumber();
            if (object.resourceType != null)
                if (typeof object.resourceType !== "string" || object.resourceType.length)
                    message.resourceType = $String(object.resourceType);
            if (object.resourceKey != null)
                if (typeof object.resourceKey !== "string" || object.resourceKey.length)
                    message.resourceKey = $String(object.resourceKey);
            return message;
        };

        GetResourceRequestMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.resourceType = "";
                object.resourceKey = "";
            }
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdMSB = typeof message.tenantIdMSB === "number" ? $BigInt(message.tenantIdMSB) : $util.Long.fromBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdMSB === "number")
                    object.tenantIdMSB = options.longs === $String ? $String(message.tenantIdMSB) : message.tenantIdMSB;
                else
                    object.tenantIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0).toNumber() : message.tenantIdMSB;
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdLSB = typeof message.tenantIdLSB === "number" ? $BigInt(message.tenantIdLSB) : $util.Long.fromBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdLSB === "number")
                    object.tenantIdLSB = options.longs === $String ? $String(message.tenantIdLSB) : message.tenantIdLSB;
                else
                    object.tenantIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0).toNumber() : message.tenantIdLSB;
            if (message.resourceType != null && $Object.hasOwnProperty.call(message, "resourceType"))
                object.resourceType = message.resourceType;
            if (message.resourceKey != null && $Object.hasOwnProperty.call(message, "resourceKey"))
                object.resourceKey = message.resourceKey;
            return object;
        };

        GetResourceRequestMsg.prototype.toJSON = function() {
            return GetResourceRequestMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        GetResourceRequestMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.GetResourceRequestMsg";
        };

        return GetResourceRequestMsg;
    })();

    transport.GetOtaPackageRequestMsg = (function() {

        const GetOtaPackageRequestMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        GetOtaPackageRequestMsg.prototype.deviceIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        GetOtaPackageRequestMsg.prototype.deviceIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        GetOtaPackageRequestMsg.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        GetOtaPackageRequestMsg.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        GetOtaPackageRequestMsg.prototype.type = "";

        GetOtaPackageRequestMsg.create = function(properties) {
            return new GetOtaPackageRequestMsg(properties);
        };

        GetOtaPackageRequestMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.deviceIdMSB != null && $Object.hasOwnProperty.call(message, "deviceIdMSB") && (typeof message.deviceIdMSB === "object" ? message.deviceIdMSB.low || message.deviceIdMSB.high : message.deviceIdMSB !== 0))
                writer.uint32(8).int64(message.deviceIdMSB);
            if (message.deviceIdLSB != null && $Object.hasOwnProperty.call(message, "deviceIdLSB") && (typeof message.deviceIdLSB === "object" ? message.deviceIdLSB.low || message.deviceIdLSB.high : message.deviceIdLSB !== 0))
                writer.uint32(16).int64(message.deviceIdLSB);
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(24).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(32).int64(message.tenantIdLSB);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                writer.uint32(42).string(message.type);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        GetOtaPackageRequestMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.GetOtaPackageRequestMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceIdMSB = value;
                        else
                            delete message.deviceIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceIdLSB = value;
                        else
                            delete message.deviceIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdMSB = value;
                        else
                            delete message.tenantIdMSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdLSB = value;
                        else
                            delete message.tenantIdLSB;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        GetOtaPackageRequestMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.GetOtaPackageRequestMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.GetOtaPackageRequestMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.GetOtaPackageRequestMsg();
            if (object.deviceIdMSB != null)
                if (typeof object.deviceIdMSB === "object" ? object.deviceIdMSB.low || object.deviceIdMSB.high : $Number(object.deviceIdMSB) !== 0)
                    if ($util.Long)
                        message.deviceIdMSB = $util.Long.fromValue(object.deviceIdMSB, false);
                    else if (typeof object.deviceIdMSB === "string")
                        message.deviceIdMSB = $parseInt(object.deviceIdMSB, 10);
                    else if (typeof object.deviceIdMSB === "number")
                        message.deviceIdMSB = object.deviceIdMSB;
                    else if (typeof object.deviceIdMSB === "object")
                        message.deviceIdMSB = new $util.LongBits(object.deviceIdMSB.low >>> 0, object.deviceIdMSB.high >>> 0).toNumber();
            if (object.deviceIdLSB != null)
                if (typeof object.deviceIdLSB === "object" ? object.deviceIdLSB.low || object.deviceIdLSB.high : $Number(object.deviceIdLSB) !== 0)
                    if ($util.Long)
                        message.deviceIdLSB = $util.Long.fromValue(object.deviceIdLSB, false);
                    else if (typeof object.deviceIdLSB === "string")
                        message.deviceIdLSB = $parseInt(object.deviceIdLSB, 10);
                    else if (typeof object.deviceIdLSB === "number")
                        message.deviceIdLSB = object.deviceIdLSB;
                    else if (typeof object.deviceIdLSB === "object")
                        message.deviceIdLSB = new $util.LongBits(object.deviceIdLSB.low >>> 0, object.deviceIdLSB.high >>> 0).toNumber();
            if (object.tenantIdMSB != null)
                if (typeof object.tenantIdMSB === "object" ? object.tenantIdMSB.low || object.tenantIdMSB.high : $Number(object.tenantIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantIdMSB = $util.Long.fromValue(object.tenantIdMSB, false);
                    else if (typeof object.tenantIdMSB === "string")
                        message.tenantIdMSB = $parseInt(object.tenantIdMSB, 10);
                    else if (typeof object.tenantIdMSB === "number")
                        message.tenantIdMSB = object.tenantIdMSB;
                    else if (typeof object.tenantIdMSB === "object")
                        message.tenantIdMSB = new $util.LongBits(object.tenantIdMSB.low >>> 0, object.tenantIdMSB.high >>> 0).toNumber();
            if (object.tenantIdLSB != null)
                if (typeof object.tenantIdLSB === "object" ? object.tenantIdLSB.low || object.tenantIdLSB.high : $Number(object.tenantIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantIdLSB = $util.Long.fromValue(object.tenantIdLSB, false);
                    else if (typeof object.tenantIdLSB === "string")
                        message.tenantIdLSB = $parseInt(object.tenantIdLSB, 10);
                    else if (typeof object.tenantIdLSB === "number")
                        message.tenantIdLSB = object.tenantIdLSB;
                    else if (typeof object.tenantIdLSB === "object")
                        message.tenantIdLSB = new $util.LongBits(object.tenantIdLSB.low >>> 0, object.tenantIdLSB.high >>> 0).toNumber();
            if (object.type != null)
                if (typeof object.type !== "string" || object.type.length)
                    message.type = $String(object.type);
            return message;
        };

        GetOtaPackageRequestMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.type = "";
            }
            if (message.deviceIdMSB != null && $Object.hasOwnProperty.call(message, "deviceIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceIdMSB = typeof message.deviceIdMSB === "number" ? $BigInt(message.deviceIdMSB) : $util.Long.fromBits(message.deviceIdMSB.low >>> 0, message.deviceIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceIdMSB === "number")
                    object.deviceIdMSB = options.longs === $String ? $String(message.deviceIdMSB) : message.deviceIdMSB;
                else
                    object.deviceIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceIdMSB) : options.longs === $Number ? new $util.LongBits(message.deviceIdMSB.low >>> 0, message.deviceIdMSB.high >>> 0).toNumber() : message.deviceIdMSB;
            if (message.deviceIdLSB != null && $Object.hasOwnProperty.call(message, "deviceIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceIdLSB = typeof message.deviceIdLSB === "number" ? $BigInt(message.deviceIdLSB) : $util.Long.fromBits(message.deviceIdLSB.low >>> 0, message.deviceIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceIdLSB === "number")
                    object.deviceIdLSB = options.longs === $String ? $String(message.deviceIdLSB) : message.deviceIdLSB;
                else
                    object.deviceIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceIdLSB) : options.longs === $Number ? new $util.LongBits(message.deviceIdLSB.low >>> 0, message.deviceIdLSB.high >>> 0).toNumber() : message.deviceIdLSB;
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdMSB = typeof message.tenantIdMSB === "number" ? $BigInt(message.tenantIdMSB) : $util.Long.fromBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdMSB === "number")
                    object.tenantIdMSB = options.longs === $String ? $String(message.tenantIdMSB) : message.tenantIdMSB;
                else
                    object.tenantIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0).toNumber() : message.tenantIdMSB;
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdLSB = typeof message.tenantIdLSB === "number" ? $BigInt(message.tenantIdLSB) : $util.Long.fromBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdLSB === "number")
                    object.tenantIdLSB = options.longs === $String ? $String(message.tenantIdLSB) : message.tenantIdLSB;
                else
                    object.tenantIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0).toNumber() : message.tenantIdLSB;
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            return object;
        };

        GetOtaPackageRequestMsg.prototype.toJSON = function() {
            return GetOtaPackageRequestMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        GetOtaPackageRequestMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.GetOtaPackageRequestMsg";
        };

        return GetOtaPackageRequestMsg;
    })();

    transport.GetAllQueueRoutingInfoRequestMsg = (function() {

        const GetAllQueueRoutingInfoRequestMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        GetAllQueueRoutingInfoRequestMsg.create = function(properties) {
            return new GetAllQueueRoutingInfoRequestMsg(properties);
        };

        GetAllQueueRoutingInfoRequestMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        GetAllQueueRoutingInfoRequestMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.GetAllQueueRoutingInfoRequestMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        GetAllQueueRoutingInfoRequestMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.GetAllQueueRoutingInfoRequestMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.GetAllQueueRoutingInfoRequestMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.transport.GetAllQueueRoutingInfoRequestMsg();
        };

        GetAllQueueRoutingInfoRequestMsg.toObject = function () {
            return {};
        };

        GetAllQueueRoutingInfoRequestMsg.prototype.toJSON = function() {
            return GetAllQueueRoutingInfoRequestMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        GetAllQueueRoutingInfoRequestMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.GetAllQueueRoutingInfoRequestMsg";
        };

        return GetAllQueueRoutingInfoRequestMsg;
    })();

    transport.TransportApiRequestMsg = (function() {

        const TransportApiRequestMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TransportApiRequestMsg.prototype.entityProfileRequestMsg = null;
        TransportApiRequestMsg.prototype.validateDeviceLwM2MCredentialsRequestMsg = null;
        TransportApiRequestMsg.prototype.resourceRequestMsg = null;
        TransportApiRequestMsg.prototype.otaPackageRequestMsg = null;
        TransportApiRequestMsg.prototype.getAllQueueRoutingInfoRequestMsg = null;

        TransportApiRequestMsg.create = function(properties) {
            return new TransportApiRequestMsg(properties);
        };

        TransportApiRequestMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.entityProfileRequestMsg != null && $Object.hasOwnProperty.call(message, "entityProfileRequestMsg"))
                $root.transport.GetEntityProfileRequestMsg.encode(message.entityProfileRequestMsg, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.validateDeviceLwM2MCredentialsRequestMsg != null && $Object.hasOwnProperty.call(message, "validateDeviceLwM2MCredentialsRequestMsg"))
                $root.transport.ValidateDeviceLwM2MCredentialsRequestMsg.encode(message.validateDeviceLwM2MCredentialsRequestMsg, writer.uint32(66).fork(), _depth + 1).ldelim();
            if (message.resourceRequestMsg != null && $Object.hasOwnProperty.call(message, "resourceRequestMsg"))
                $root.transport.GetResourceRequestMsg.encode(message.resourceRequestMsg, writer.uint32(74).fork(), _depth + 1).ldelim();
            if (message.otaPackageRequestMsg != null && $Object.hasOwnProperty.call(message, "otaPackageRequestMsg"))
                $root.transport.GetOtaPackageRequestMsg.encode(message.otaPackageRequestMsg, writer.uint32(82).fork(), _depth + 1).ldelim();
            if (message.getAllQueueRoutingInfoRequestMsg != null && $Object.hasOwnProperty.call(message, "getAllQueueRoutingInfoRequestMsg"))
                $root.transport.GetAllQueueRoutingInfoRequestMsg.encode(message.getAllQueueRoutingInfoRequestMsg, writer.uint32(114).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TransportApiRequestMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.TransportApiRequestMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.entityProfileRequestMsg = $root.transport.GetEntityProfileRequestMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.entityProfileRequestMsg);
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.validateDeviceLwM2MCredentialsRequestMsg = $root.transport.ValidateDeviceLwM2MCredentialsRequestMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.validateDeviceLwM2MCredentialsRequestMsg);
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.resourceRequestMsg = $root.transport.GetResourceRequestMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.resourceRequestMsg);
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.otaPackageRequestMsg = $root.transport.GetOtaPackageRequestMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.otaPackageRequestMsg);
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        message.getAllQueueRoutingInfoRequestMsg = $root.transport.GetAllQueueRoutingInfoRequestMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.getAllQueueRoutingInfoRequestMsg);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TransportApiRequestMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.TransportApiRequestMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.TransportApiRequestMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.TransportApiRequestMsg();
            if (object.entityProfileRequestMsg != null) {
                if (!$util.isObject(object.entityProfileRequestMsg))
                    throw $TypeError(".transport.TransportApiRequestMsg.entityProfileRequestMsg: object expected");
                message.entityProfileRequestMsg = $root.transport.GetEntityProfileRequestMsg.fromObject(object.entityProfileRequestMsg, _depth + 1);
            }
            if (object.validateDeviceLwM2MCredentialsRequestMsg != null) {
                if (!$util.isObject(object.validateDeviceLwM2MCredentialsRequestMsg))
                    throw $TypeError(".transport.TransportApiRequestMsg.validateDeviceLwM2MCredentialsRequestMsg: object expected");
                message.validateDeviceLwM2MCredentialsRequestMsg = $root.transport.ValidateDeviceLwM2MCredentialsRequestMsg.fromObject(object.validateDeviceLwM2MCredentialsRequestMsg, _depth + 1);
            }
            if (object.resourceRequestMsg != null) {
                if (!$util.isObject(object.resourceRequestMsg))
                    throw $TypeError(".transport.TransportApiRequestMsg.resourceRequestMsg: object expected");
                message.resourceRequestMsg = $root.transport.GetResourceRequestMsg.fromObject(object.resourceRequestMsg, _depth + 1);
            }
            if (object.otaPackageRequestMsg != null) {
                if (!$util.isObject(object.otaPackageRequestMsg))
                    throw $TypeError(".transport.TransportApiRequestMsg.otaPackageRequestMsg: object expected");
                message.otaPackageRequestMsg = $root.transport.GetOtaPackageRequestMsg.fromObject(object.otaPackageRequestMsg, _depth + 1);
            }
            if (object.getAllQueueRoutingInfoRequestMsg != null) {
                if (!$util.isObject(object.getAllQueueRoutingInfoRequestMsg))
                    throw $TypeError(".transport.TransportApiRequestMsg.getAllQueueRoutingInfoRequestMsg: object expected");
                message.getAllQueueRoutingInfoRequestMsg = $root.transport.GetAllQueueRoutingInfoRequestMsg.fromObject(object.getAllQueueRoutingInfoRequestMsg, _depth + 1);
            }
            return message;
        };

        TransportApiRequestMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.entityProfileRequestMsg = null;
                object.validateDeviceLwM2MCredentialsRequestMsg = null;
                object.resourceRequestMsg = null;
                object.otaPackageRequestMsg = null;
                object.getAllQueueRoutingInfoRequestMsg = null;
            }
            if (message.entityProfileRequestMsg != null && $Object.hasOwnProperty.call(message, "entityProfileRequestMsg"))
                object.entityProfileRequestMsg = $root.transport.GetEntityProfileRequestMsg.toObject(message.entityProfileRequestMsg, options, _depth + 1);
            if (message.validateDeviceLwM2MCredentialsRequestMsg != null && $Object.hasOwnProperty.call(message, "validateDeviceLwM2MCredentialsRequestMsg"))
                object.validateDeviceLwM2MCredentialsRequestMsg = $root.transport.ValidateDeviceLwM2MCredentialsRequestMsg.toObject(message.validateDeviceLwM2MCredentialsRequestMsg, options, _depth + 1);
            if (message.resourceRequestMsg != null && $Object.hasOwnProperty.call(message, "resourceRequestMsg"))
                object.resourceRequestMsg = $root.transport.GetResourceRequestMsg.toObject(message.resourceRequestMsg, options, _depth + 1);
            if (message.otaPackageRequestMsg != null && $Object.hasOwnProperty.call(message, "otaPackageRequestMsg"))
                object.otaPackageRequestMsg = $root.transport.GetOtaPackageRequestMsg.toObject(message.otaPackageRequestMsg, options, _depth + 1);
            if (message.getAllQueueRoutingInfoRequestMsg != null && $Object.hasOwnProperty.call(message, "getAllQueueRoutingInfoRequestMsg"))
                object.getAllQueueRoutingInfoRequestMsg = $root.transport.GetAllQueueRoutingInfoRequestMsg.toObject(message.getAllQueueRoutingInfoRequestMsg, options, _depth + 1);
            return object;
        };

        TransportApiRequestMsg.prototype.toJSON = function() {
            return TransportApiRequestMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        TransportApiRequestMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.TransportApiRequestMsg";
        };

        return TransportApiRequestMsg;
    })();

    transport.DeviceInfoProto = (function() {

        const DeviceInfoProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        DeviceInfoProto.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceInfoProto.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceInfoProto.prototype.deviceIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceInfoProto.prototype.deviceIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceInfoProto.prototype.deviceName = "";
        DeviceInfoProto.prototype.deviceType = "";
        DeviceInfoProto.prototype.additionalInfo = "";
        DeviceInfoProto.prototype.deviceProfileIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceInfoProto.prototype.deviceProfileIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceInfoProto.prototype.customerIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceInfoProto.prototype.customerIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceInfoProto.prototype.powerMode = "";
        DeviceInfoProto.prototype.edrxCycle = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceInfoProto.prototype.psmActivityTimer = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceInfoProto.prototype.pagingTransmissionWindow = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceInfoProto.prototype.isGateway = false;

        DeviceInfoProto.create = function(properties) {
            return new DeviceInfoProto(properties);
        };

        DeviceInfoProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(8).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(16).int64(message.tenantIdLSB);
            if (message.deviceIdMSB != null && $Object.hasOwnProperty.call(message, "deviceIdMSB") && (typeof message.deviceIdMSB === "object" ? message.deviceIdMSB.low || message.deviceIdMSB.high : message.deviceIdMSB !== 0))
                writer.uint32(24).int64(message.deviceIdMSB);
            if (message.deviceIdLSB != null && $Object.hasOwnProperty.call(message, "deviceIdLSB") && (typeof message.deviceIdLSB === "object" ? message.deviceIdLSB.low || message.deviceIdLSB.high : message.deviceIdLSB !== 0))
                writer.uint32(32).int64(message.deviceIdLSB);
            if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName") && message.deviceName !== "")
                writer.uint32(42).string(message.deviceName);
            if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType") && message.deviceType !== "")
                writer.uint32(50).string(message.deviceType);
            if (message.additionalInfo != null && $Object.hasOwnProperty.call(message, "additionalInfo") && message.additionalInfo !== "")
                writer.uint32(58).string(message.additionalInfo);
            if (message.deviceProfileIdMSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdMSB") && (typeof message.deviceProfileIdMSB === "object" ? message.deviceProfileIdMSB.low || message.deviceProfileIdMSB.high : message.deviceProfileIdMSB !== 0))
                writer.uint32(64).int64(message.deviceProfileIdMSB);
            if (message.deviceProfileIdLSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdLSB") && (typeof message.deviceProfileIdLSB === "object" ? message.deviceProfileIdLSB.low || message.deviceProfileIdLSB.high : message.deviceProfileIdLSB !== 0))
                writer.uint32(72).int64(message.deviceProfileIdLSB);
            if (message.customerIdMSB != null && $Object.hasOwnProperty.call(message, "customerIdMSB") && (typeof message.customerIdMSB === "object" ? message.customerIdMSB.low || message.customerIdMSB.high : message.customerIdMSB !== 0))
                writer.uint32(80).int64(message.customerIdMSB);
            if (message.customerIdLSB != null && $Object.hasOwnProperty.call(message, "customerIdLSB") && (typeof message.customerIdLSB === "object" ? message.customerIdLSB.low || message.customerIdLSB.high : message.customerIdLSB !== 0))
                writer.uint32(88).int64(message.customerIdLSB);
            if (message.powerMode != null && $Object.hasOwnProperty.call(message, "powerMode") && message.powerMode !== "")
                writer.uint32(98).string(message.powerMode);
            if (message.edrxCycle != null && $Object.hasOwnProperty.call(message, "edrxCycle") && (typeof message.edrxCycle === "object" ? message.edrxCycle.low || message.edrxCycle.high : message.edrxCycle !== 0))
                writer.uint32(104).int64(message.edrxCycle);
            if (message.psmActivityTimer != null && $Object.hasOwnProperty.call(message, "psmActivityTimer") && (typeof message.psmActivityTimer === "object" ? message.psmActivityTimer.low || message.psmActivityTimer.high : message.psmActivityTimer !== 0))
                writer.uint32(112).int64(message.psmActivityTimer);
            if (message.pagingTransmissionWindow != null && $Object.hasOwnProperty.call(message, "pagingTransmissionWindow") && (typeof message.pagingTransmissionWindow === "object" ? message.pagingTransmissionWindow.low || message.pagingTransmissionWindow.high : message.pagingTransmissionWindow !== 0))
                writer.uint32(120).int64(message.pagingTransmissionWindow);
            if (message.isGateway != null && $Object.hasOwnProperty.call(message, "isGateway") && message.isGateway !== false)
                writer.uint32(128).bool(message.isGateway);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        DeviceInfoProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.DeviceInfoProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdMSB = value;
                        else
                            delete message.tenantIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdLSB = value;
                        else
                            delete message.tenantIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceIdMSB = value;
                        else
                            delete message.deviceIdMSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceIdLSB = value;
                        else
                            delete message.deviceIdLSB;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.deviceName = value;
                        else
                            delete message.deviceName;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.deviceType = value;
                        else
                            delete message.deviceType;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.additionalInfo = value;
                        else
                            delete message.additionalInfo;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceProfileIdMSB = value;
                        else
                            delete message.deviceProfileIdMSB;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceProfileIdLSB = value;
                        else
                            delete message.deviceProfileIdLSB;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.customerIdMSB = value;
                        else
                            delete message.customerIdMSB;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.customerIdLSB = value;
                        else
                            delete message.customerIdLSB;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.powerMode = value;
                        else
                            delete message.powerMode;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.edrxCycle = value;
                        else
                            delete message.edrxCycle;
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.psmActivityTimer = value;
                        else
                            delete message.psmActivityTimer;
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.pagingTransmissionWindow = value;
                        else
                            delete message.pagingTransmissionWindow;
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.isGateway = value;
                        else
                            delete message.isGateway;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        DeviceInfoProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.DeviceInfoProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.DeviceInfoProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.DeviceInfoProto();
            if (object.tenantIdMSB != null)
                if (typeof object.tenantIdMSB === "object" ? object.tenantIdMSB.low || object.tenantIdMSB.high : $Number(object.tenantIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantIdMSB = $util.Long.fromValue(object.tenantIdMSB, false);
                    else if (typeof object.tenantIdMSB === "string")
                        message.tenantIdMSB = $parseInt(object.tenantIdMSB, 10);
                    else if (typeof object.tenantIdMSB === "number")
                        message.tenantIdMSB = object.tenantIdMSB;
                    else if (typeof object.tenantIdMSB === "object")
                        message.tenantIdMSB = new $util.LongBits(object.tenantIdMSB.low >>> 0, object.tenantIdMSB.high >>> 0).toNumber();
            if (object.tenantIdLSB != null)
                if (typeof object.tenantIdLSB === "object" ? object.tenantIdLSB.low || object.tenantIdLSB.high : $Number(object.tenantIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantIdLSB = $util.Long.fromValue(object.tenantIdLSB, false);
                    else if (typeof object.tenantIdLSB === "string")
                        message.tenantIdLSB = $parseInt(object.tenantIdLSB, 10);
                    else if (typeof object.tenantIdLSB === "number")
                        message.tenantIdLSB = object.tenantIdLSB;
                    else if (typeof object.tenantIdLSB === "object")
                        message.tenantIdLSB = new $util.LongBits(object.tenantIdLSB.low >>> 0, object.tenantIdLSB.high >>> 0).toNumber();
            if (object.deviceIdMSB != null)
                if (typeof object.deviceIdMSB === "object" ? object.deviceIdMSB.low || object.deviceIdMSB.high : $Number(object.deviceIdMSB) !== 0)
                    if ($util.Long)
                        message.deviceIdMSB = $util.Long.fromValue(object.deviceIdMSB, false);
                    else if (typeof object.deviceIdMSB === "string")
                        message.deviceIdMSB = $parseInt(object.deviceIdMSB, 10);
                    else if (typeof object.deviceIdMSB === "number")
                        message.deviceIdMSB = object.deviceIdMSB;
                    else if (typeof object.deviceIdMSB === "object")
                        message.deviceIdMSB = new $util.LongBits(object.deviceIdMSB.low >>> 0, object.deviceIdMSB.high >>> 0).toNumber();
            if (object.deviceIdLSB != null)
                if (typeof object.deviceIdLSB === "object" ? object.deviceIdLSB.low || object.deviceIdLSB.high : $Number(object.deviceIdLSB) !== 0)
                    if ($util.Long)
                        message.deviceIdLSB = $util.Long.fromValue(object.deviceIdLSB, false);
                    else if (typeof object.deviceIdLSB === "string")
                        message.deviceIdLSB = $parseInt(object.deviceIdLSB, 10);
                    else if (typeof object.deviceIdLSB === "number")
                        message.deviceIdLSB = object.deviceIdLSB;
                    else if (typeof object.deviceIdLSB === "object")
                        message.deviceIdLSB = new $util.LongBits(object.deviceIdLSB.low >>> 0, object.deviceIdLSB.high >>> 0).toNumber();
            if (object.deviceName != null)
                if (typeof object.deviceName !== "string" || object.deviceName.length)
                    message.deviceName = $String(object.deviceName);
            if (object.deviceType != null)
                if (typeof object.deviceType !== "string" || object.deviceType.length)
                    message.deviceType = $String(object.deviceType);
            if (object.additionalInfo != null)
                if (typeof object.additionalInfo !== "string" || object.additionalInfo.length)
                    message.additionalInfo = $String(object.additionalInfo);
            if (object.deviceProfileIdMSB != null)
                if (typeof object.deviceProfileIdMSB === "object" ? object.deviceProfileIdMSB.low || object.deviceProfileIdMSB.high : $Number(object.deviceProfileIdMSB) !== 0)
                    if ($util.Long)
                        message.deviceProfileIdMSB = $util.Long.fromValue(object.deviceProfileIdMSB, false);
                    else if (typeof object.deviceProfileIdMSB === "string")
                        message.deviceProfileIdMSB = $parseInt(object.deviceProfileIdMSB, 10);
                    else if (typeof object.deviceProfileIdMSB === "number")
                        message.deviceProfileIdMSB = object.deviceProfileIdMSB;
                    else if (typeof object.deviceProfileIdMSB === "object")
                        message.deviceProfileIdMSB = new $util.LongBits(object.deviceProfileIdMSB.low >>> 0, object.deviceProfileIdMSB.high >>> 0).toNumber();
            if (object.deviceProfileIdLSB != null)
                if (typeof object.deviceProfileIdLSB === "object" ? object.deviceProfileIdLSB.low || object.deviceProfileIdLSB.high : $Number(object.deviceProfileIdLSB) !== 0)
                    if ($util.Long)
                        message.deviceProfileIdLSB = $util.Long.fromValue(object.deviceProfileIdLSB, false);
                    else if (typeof object.deviceProfileIdLSB === "string")
                        message.deviceProfileIdLSB = $parseInt(object.deviceProfileIdLSB, 10);
                    else if (typeof object.deviceProfileIdLSB === "number")
                        message.deviceProfileIdLSB = object.deviceProfileIdLSB;
                    else if (typeof object.deviceProfileIdLSB === "object")
                        message.deviceProfileIdLSB = new $util.LongBits(object.deviceProfileIdLSB.low >>> 0, object.deviceProfileIdLSB.high >>> 0).toNumber();
            if (object.customerIdMSB != null)
                if (typeof object.customerIdMSB === "object" ? object.customerIdMSB.low || object.customerIdMSB.high : $Number(object.customerIdMSB) !== 0)
                    if ($util.Long)
                        message.customerIdMSB = $util.Long.fromValue(object.customerIdMSB, false);
                    else if (typeof object.customerIdMSB === "string")
                        message.customerIdMSB = $parseInt(object.customerIdMSB, 10);
                    else if (typeof object.customerIdMSB === "number")
                        message.customerIdMSB = object.customerIdMSB;
                    else if (typeof object.customerIdMSB === "object")
                        message.customerIdMSB = new $util.LongBits(object.customerIdMSB.low >>> 0, object.customerIdMSB.high >>> 0).toNumber();
            if (object.customerIdLSB != null)
                if (typeof object.customerIdLSB === "object" ? object.customerIdLSB.low || object.customerIdLSB.high : $Number(object.customerIdLSB) !== 0)
                    if ($util.Long)
                        message.customerIdLSB = $util.Long.fromValue(object.customerIdLSB, false);
                    else if (typeof object.customerIdLSB === "string")
                        message.customerIdLSB = $parseInt(object.customerIdLSB, 10);
                    else if (typeof object.customerIdLSB === "number")
                        message.customerIdLSB = object.customerIdLSB;
                    else if (typeof object.customerIdLSB === "object")
                        message.customerIdLSB = new $util.LongBits(object.customerIdLSB.low >>> 0, object.customerIdLSB.high >>> 0).toNumber();
            if (object.powerMode != null)
                if (typeof object.powerMode !== "string" || object.powerMode.length)
                    message.powerMode = $String(object.powerMode);
            if (object.edrxCycle != null)
                if (typeof object.edrxCycle === "object" ? object.edrxCycle.low || object.edrxCycle.high : $Number(object.edrxCycle) !== 0)
                    if ($util.Long)
                        message.edrxCycle = $util.Long.fromValue(object.edrxCycle, false);
                    else if (typeof object.edrxCycle === "string")
                        message.edrxCycle = $parseInt(object.edrxCycle, 10);
                    else if (typeof object.edrxCycle === "number")
                        message.edrxCycle = object.edrxCycle;
                    else if (typeof object.edrxCycle === "object")
                        message.edrxCycle = new $util.LongBits(object.edrxCycle.low >>> 0, object.edrxCycle.high >>> 0).toNumber();
            if (object.psmActivityTimer != null)
                if (typeof object.psmActivityTimer === "object" ? object.psmActivityTimer.low || object.psmActivityTimer.high : $Number(object.psmActivityTimer) !== 0)
                    if ($util.Long)
                        message.psmActivityTimer = $util.Long.fromValue(object.psmActivityTimer, false);
                    else if (typeof object.psmActivityTimer === "string")
                        message.psmActivityTimer = $parseInt(object.psmActivityTimer, 10);
                    else if (typeof object.psmActivityTimer === "number")
                        message.psmActivityTimer = object.psmActivityTimer;
                    else if (typeof object.psmActivityTimer === "object")
                        message.psmActivityTimer = new $util.LongBits(object.psmActivityTimer.low >>> 0, object.psmActivityTimer.high >>> 0).toNumber();
            if (object.pagingTransmissionWindow != null)
                if (typeof object.pagingTransmissionWindow === "object" ? object.pagingTransmissionWindow.low || object.pagingTransmissionWindow.high : $Number(object.pagingTransmissionWindow) !== 0)
                    if ($util.Long)
                        message.pagingTransmissionWindow = $util.Long.fromValue(object.pagingTransmissionWindow, false);
                    else if (typeof object.pagingTransmissionWindow === "string")
                        message.pagingTransmissionWindow = $parseInt(object.pagingTransmissionWindow, 10);
                    else if (typeof object.pagingTransmissionWindow === "number")
                        message.pagingTransmissionWindow = object.pagingTransmissionWindow;
                    else if (typeof object.pagingTransmissionWindow === "object")
                        message.pagingTransmissionWindow = new $util.LongBits(object.pagingTransmissionWindow.low >>> 0, object.pagingTransmissionWindow.high >>> 0).toNumber();
            if (object.isGateway != null)
                if (object.isGateway)
                    message.isGateway = $Boolean(object.isGateway);
            return message;
        };

        DeviceInfoProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.deviceName = "";
                object.deviceType = "";
                object.additionalInfo = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceProfileIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceProfileIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceProfileIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceProfileIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.customerIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.customerIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.customerIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.customerIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.powerMode = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.edrxCycle = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.edrxCycle = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.psmActivityTimer = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.psmActivityTimer = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.pagingTransmissionWindow = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.pagingTransmissionWindow = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.isGateway = false;
            }
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdMSB = typeof message.tenantIdMSB === "number" ? $BigInt(message.tenantIdMSB) : $util.Long.fromBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdMSB === "number")
                    object.tenantIdMSB = options.longs === $String ? $String(message.tenantIdMSB) : message.tenantIdMSB;
                else
                    object.tenantIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0).toNumber() : message.tenantIdMSB;
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdLSB = typeof message.tenantIdLSB === "number" ? $BigInt(message.tenantIdLSB) : $util.Long.fromBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdLSB === "number")
                    object.tenantIdLSB = options.longs === $String ? $String(message.tenantIdLSB) : message.tenantIdLSB;
                else
                    object.tenantIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0).toNumber() : message.tenantIdLSB;
            if (message.deviceIdMSB != null && $Object.hasOwnProperty.call(message, "deviceIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceIdMSB = typeof message.deviceIdMSB === "number" ? $BigInt(message.deviceIdMSB) : $util.Long.fromBits(message.deviceIdMSB.low >>> 0, message.deviceIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceIdMSB === "number")
                    object.deviceIdMSB = options.longs === $String ? $String(message.deviceIdMSB) : message.deviceIdMSB;
                else
                    object.deviceIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceIdMSB) : options.longs === $Number ? new $util.LongBits(message.deviceIdMSB.low >>> 0, message.deviceIdMSB.high >>> 0).toNumber() : message.deviceIdMSB;
            if (message.deviceIdLSB != null && $Object.hasOwnProperty.call(message, "deviceIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceIdLSB = typeof message.deviceIdLSB === "number" ? $BigInt(message.deviceIdLSB) : $util.Long.fromBits(message.deviceIdLSB.low >>> 0, message.deviceIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceIdLSB === "number")
                    object.deviceIdLSB = options.longs === $String ? $String(message.deviceIdLSB) : message.deviceIdLSB;
                else
                    object.deviceIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceIdLSB) : options.longs === $Number ? new $util.LongBits(message.deviceIdLSB.low >>> 0, message.deviceIdLSB.high >>> 0).toNumber() : message.deviceIdLSB;
            if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName"))
                object.deviceName = message.deviceName;
            if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType"))
                object.deviceType = message.deviceType;
            if (message.additionalInfo != null && $Object.hasOwnProperty.call(message, "additionalInfo"))
                object.additionalInfo = message.additionalInfo;
            if (message.deviceProfileIdMSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceProfileIdMSB = typeof message.deviceProfileIdMSB === "number" ? $BigInt(message.deviceProfileIdMSB) : $util.Long.fromBits(message.deviceProfileIdMSB.low >>> 0, message.deviceProfileIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceProfileIdMSB === "number")
                    object.deviceProfileIdMSB = options.longs === $String ? $String(message.deviceProfileIdMSB) : message.deviceProfileIdMSB;
                else
                    object.deviceProfileIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceProfileIdMSB) : options.longs === $Number ? new $util.LongBits(message.deviceProfileIdMSB.low >>> 0, message.deviceProfileIdMSB.high >>> 0).toNumber() : message.deviceProfileIdMSB;
            if (message.deviceProfileIdLSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceProfileIdLSB = typeof message.deviceProfileIdLSB === "number" ? $BigInt(message.deviceProfileIdLSB) : $util.Long.fromBits(message.deviceProfileIdLSB.low >>> 0, message.deviceProfileIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceProfileIdLSB === "number")
                    object.deviceProfileIdLSB = options.longs === $String ? $String(message.deviceProfileIdLSB) : message.deviceProfileIdLSB;
                else
                    object.deviceProfileIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceProfileIdLSB) : options.longs === $Number ? new $util.LongBits(message.deviceProfileIdLSB.low >>> 0, message.deviceProfileIdLSB.high >>> 0).toNumber() : message.deviceProfileIdLSB;
            if (message.customerIdMSB != null && $Object.hasOwnProperty.call(message, "customerIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.customerIdMSB = typeof message.customerIdMSB === "number" ? $BigInt(message.customerIdMSB) : $util.Long.fromBits(message.customerIdMSB.low >>> 0, message.customerIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.customerIdMSB === "number")
                    object.customerIdMSB = options.longs === $String ? $String(message.customerIdMSB) : message.customerIdMSB;
                else
                    object.customerIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.customerIdMSB) : options.longs === $Number ? new $util.LongBits(message.customerIdMSB.low >>> 0, message.customerIdMSB.high >>> 0).toNumber() : message.customerIdMSB;
            if (message.customerIdLSB != null && $Object.hasOwnProperty.call(message, "customerIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.customerIdLSB = typeof message.customerIdLSB === "number" ? $BigInt(message.customerIdLSB) : $util.Long.fromBits(message.customerIdLSB.low >>> 0, message.customerIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.customerIdLSB === "number")
                    object.customerIdLSB = options.longs === $String ? $String(message.customerIdLSB) : message.customerIdLSB;
                else
                    object.customerIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.customerIdLSB) : options.longs === $Number ? new $util.LongBits(message.customerIdLSB.low >>> 0, message.customerIdLSB.high >>> 0).toNumber() : message.customerIdLSB;
            if (message.powerMode != null && $Object.hasOwnProperty.call(message, "powerMode"))
                object.powerMode = message.powerMode;
            if (message.edrxCycle != null && $Object.hasOwnProperty.call(message, "edrxCycle"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.edrxCycle = typeof message.edrxCycle === "number" ? $BigInt(message.edrxCycle) : $util.Long.fromBits(message.edrxCycle.low >>> 0, message.edrxCycle.high >>> 0, false).toBigInt();
                else if (typeof message.edrxCycle === "number")
                    object.edrxCycle = options.longs === $String ? $String(message.edrxCycle) : message.edrxCycle;
                else
                    object.edrxCycle = options.longs === $String ? $util.Long.prototype.toString.call(message.edrxCycle) : options.longs === $Number ? new $util.LongBits(message.edrxCycle.low >>> 0, message.edrxCycle.high >>> 0).toNumber() : message.edrxCycle;
            if (message.psmActivityTimer != null && $Object.hasOwnProperty.call(message, "psmActivityTimer"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.psmActivityTimer = typeof message.psmActivityTimer === "number" ? $BigInt(message.psmActivityTimer) : $util.Long.fromBits(message.psmActivityTimer.low >>> 0, message.psmActivityTimer.high >>> 0, false).toBigInt();
                else if (typeof message.psmActivityTimer === "number")
                    object.psmActivityTimer = options.longs === $String ? $String(message.psmActivityTimer) : message.psmActivityTimer;
                else
                    object.psmActivityTimer = options.longs === $String ? $util.Long.prototype.toString.call(message.psmActivityTimer) : options.longs === $Number ? new $util.LongBits(message.psmActivityTimer.low >>> 0, message.psmActivityTimer.high >>> 0).toNumber() : message.psmActivityTimer;
            if (message.pagingTransmissionWindow != null && $Object.hasOwnProperty.call(message, "pagingTransmissionWindow"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.pagingTransmissionWindow = typeof message.pagingTransmissionWindow === "number" ? $BigInt(message.pagingTransmissionWindow) : $util.Long.fromBits(message.pagingTransmissionWindow.low >>> 0, message.pagingTransmissionWindow.high >>> 0, false).toBigInt();
                else if (typeof message.pagingTransmissionWindow === "number")
                    object.pagingTransmissionWindow = options.longs === $String ? $String(message.pagingTransmissionWindow) : message.pagingTransmissionWindow;
                else
                    object.pagingTransmissionWindow = options.longs === $String ? $util.Long.prototype.toString.call(message.pagingTransmissionWindow) : options.longs === $Number ? new $util.LongBits(message.pagingTransmissionWindow.low >>> 0, message.pagingTransmissionWindow.high >>> 0).toNumber() : message.pagingTransmissionWindow;
            if (message.isGateway != null && $Object.hasOwnProperty.call(message, "isGateway"))
                object.isGateway = message.isGateway;
            return object;
        };

        DeviceInfoProto.prototype.toJSON = function() {
            return DeviceInfoProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        DeviceInfoProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.DeviceInfoProto";
        };

        return DeviceInfoProto;
    })();

    transport.DeviceProfileProto = (function() {

        const DeviceProfileProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        DeviceProfileProto.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceProfileProto.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceProfileProto.prototype.deviceProfileIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceProfileProto.prototype.deviceProfileIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceProfileProto.prototype.createdTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceProfileProto.prototype.name = "";
        DeviceProfileProto.prototype.description = null;
        DeviceProfileProto.prototype.image = null;
        DeviceProfileProto.prototype.isDefault = false;
        DeviceProfileProto.prototype.type = "";
        DeviceProfileProto.prototype.transportType = "";
        DeviceProfileProto.prototype.provisionType = "";
        DeviceProfileProto.prototype.defaultRuleChainIdMSB = null;
        DeviceProfileProto.prototype.defaultRuleChainIdLSB = null;
        DeviceProfileProto.prototype.defaultDashboardIdMSB = null;
        DeviceProfileProto.prototype.defaultDashboardIdLSB = null;
        DeviceProfileProto.prototype.defaultQueueName = null;
        DeviceProfileProto.prototype.deviceProfileData = null;
        DeviceProfileProto.prototype.provisionDeviceKey = null;
        DeviceProfileProto.prototype.firmwareIdMSB = null;
        DeviceProfileProto.prototype.firmwareIdLSB = null;
        DeviceProfileProto.prototype.softwareIdMSB = null;
        DeviceProfileProto.prototype.softwareIdLSB = null;
        DeviceProfileProto.prototype.defaultEdgeRuleChainIdMSB = null;
        DeviceProfileProto.prototype.defaultEdgeRuleChainIdLSB = null;
        DeviceProfileProto.prototype.externalIdMSB = null;
        DeviceProfileProto.prototype.externalIdLSB = null;
        DeviceProfileProto.prototype.version = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_description", {
            get: $util.oneOfGetter($oneOfFields = ["description"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_image", {
            get: $util.oneOfGetter($oneOfFields = ["image"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_defaultRuleChainIdMSB", {
            get: $util.oneOfGetter($oneOfFields = ["defaultRuleChainIdMSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_defaultRuleChainIdLSB", {
            get: $util.oneOfGetter($oneOfFields = ["defaultRuleChainIdLSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_defaultDashboardIdMSB", {
            get: $util.oneOfGetter($oneOfFields = ["defaultDashboardIdMSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_defaultDashboardIdLSB", {
            get: $util.oneOfGetter($oneOfFields = ["defaultDashboardIdLSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_defaultQueueName", {
            get: $util.oneOfGetter($oneOfFields = ["defaultQueueName"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_deviceProfileData", {
            get: $util.oneOfGetter($oneOfFields = ["deviceProfileData"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_provisionDeviceKey", {
            get: $util.oneOfGetter($oneOfFields = ["provisionDeviceKey"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_firmwareIdMSB", {
            get: $util.oneOfGetter($oneOfFields = ["firmwareIdMSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_firmwareIdLSB", {
            get: $util.oneOfGetter($oneOfFields = ["firmwareIdLSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_softwareIdMSB", {
            get: $util.oneOfGetter($oneOfFields = ["softwareIdMSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_softwareIdLSB", {
            get: $util.oneOfGetter($oneOfFields = ["softwareIdLSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_defaultEdgeRuleChainIdMSB", {
            get: $util.oneOfGetter($oneOfFields = ["defaultEdgeRuleChainIdMSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_defaultEdgeRuleChainIdLSB", {
            get: $util.oneOfGetter($oneOfFields = ["defaultEdgeRuleChainIdLSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_externalIdMSB", {
            get: $util.oneOfGetter($oneOfFields = ["externalIdMSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_externalIdLSB", {
            get: $util.oneOfGetter($oneOfFields = ["externalIdLSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProfileProto.prototype, "_version", {
            get: $util.oneOfGetter($oneOfFields = ["version"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        DeviceProfileProto.create = function(properties) {
            return new DeviceProfileProto(properties);
        };

        DeviceProfileProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(8).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(16).int64(message.tenantIdLSB);
            if (message.deviceProfileIdMSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdMSB") && (typeof message.deviceProfileIdMSB === "object" ? message.deviceProfileIdMSB.low || message.deviceProfileIdMSB.high : message.deviceProfileIdMSB !== 0))
                writer.uint32(24).int64(message.deviceProfileIdMSB);
            if (message.deviceProfileIdLSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdLSB") && (typeof message.deviceProfileIdLSB === "object" ? message.deviceProfileIdLSB.low || message.deviceProfileIdLSB.high : message.deviceProfileIdLSB !== 0))
                writer.uint32(32).int64(message.deviceProfileIdLSB);
            if (message.createdTime != null && $Object.hasOwnProperty.call(message, "createdTime") && (typeof message.createdTime === "object" ? message.createdTime.low || message.createdTime.high : message.createdTime !== 0))
                writer.uint32(40).int64(message.createdTime);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(50).string(message.name);
            if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                writer.uint32(58).string(message.description);
            if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                writer.uint32(66).string(message.image);
            if (message.isDefault != null && $Object.hasOwnProperty.call(message, "isDefault") && message.isDefault !== false)
                writer.uint32(72).bool(message.isDefault);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                writer.uint32(82).string(message.type);
            if (message.transportType != null && $Object.hasOwnProperty.call(message, "transportType") && message.transportType !== "")
                writer.uint32(90).string(message.transportType);
            if (message.provisionType != null && $Object.hasOwnProperty.call(message, "provisionType") && message.provisionType !== "")
                writer.uint32(98).string(message.provisionType);
            if (message.defaultRuleChainIdMSB != null && $Object.hasOwnProperty.call(message, "defaultRuleChainIdMSB"))
                writer.uint32(104).int64(message.defaultRuleChainIdMSB);
            if (message.defaultRuleChainIdLSB != null && $Object.hasOwnProperty.call(message, "defaultRuleChainIdLSB"))
                writer.uint32(112).int64(message.defaultRuleChainIdLSB);
            if (message.defaultDashboardIdMSB != null && $Object.hasOwnProperty.call(message, "defaultDashboardIdMSB"))
                writer.uint32(120).int64(message.defaultDashboardIdMSB);
            if (message.defaultDashboardIdLSB != null && $Object.hasOwnProperty.call(message, "defaultDashboardIdLSB"))
                writer.uint32(128).int64(message.defaultDashboardIdLSB);
            if (message.defaultQueueName != null && $Object.hasOwnProperty.call(message, "defaultQueueName"))
                writer.uint32(138).string(message.defaultQueueName);
            if (message.deviceProfileData != null && $Object.hasOwnProperty.call(message, "deviceProfileData"))
                writer.uint32(146).bytes(message.deviceProfileData);
            if (message.provisionDeviceKey != null && $Object.hasOwnProperty.call(message, "provisionDeviceKey"))
                writer.uint32(154).string(message.provisionDeviceKey);
            if (message.firmwareIdMSB != null && $Object.hasOwnProperty.call(message, "firmwareIdMSB"))
                writer.uint32(160).int64(message.firmwareIdMSB);
            if (message.firmwareIdLSB != null && $Object.hasOwnProperty.call(message, "firmwareIdLSB"))
                writer.uint32(168).int64(message.firmwareIdLSB);
            if (message.softwareIdMSB != null && $Object.hasOwnProperty.call(message, "softwareIdMSB"))
                writer.uint32(176).int64(message.softwareIdMSB);
            if (message.softwareIdLSB != null && $Object.hasOwnProperty.call(message, "softwareIdLSB"))
                writer.uint32(184).int64(message.softwareIdLSB);
            if (message.defaultEdgeRuleChainIdMSB != null && $Object.hasOwnProperty.call(message, "defaultEdgeRuleChainIdMSB"))
                writer.uint32(192).int64(message.defaultEdgeRuleChainIdMSB);
            if (message.defaultEdgeRuleChainIdLSB != null && $Object.hasOwnProperty.call(message, "defaultEdgeRuleChainIdLSB"))
                writer.uint32(200).int64(message.defaultEdgeRuleChainIdLSB);
            if (message.externalIdMSB != null && $Object.hasOwnProperty.call(message, "externalIdMSB"))
                writer.uint32(208).int64(message.externalIdMSB);
            if (message.externalIdLSB != null && $Object.hasOwnProperty.call(message, "externalIdLSB"))
                writer.uint32(216).int64(message.externalIdLSB);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                writer.uint32(224).int64(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        DeviceProfileProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.DeviceProfileProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdMSB = value;
                        else
                            delete message.tenantIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdLSB = value;
                        else
                            delete message.tenantIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceProfileIdMSB = value;
                        else
                            delete message.deviceProfileIdMSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceProfileIdLSB = value;
                        else
                            delete message.deviceProfileIdLSB;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.createdTime = value;
                        else
                            delete message.createdTime;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.description = reader.stringVerify();
                        message._description = "description";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.image = reader.stringVerify();
                        message._image = "image";
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.isDefault = value;
                        else
                            delete message.isDefault;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.transportType = value;
                        else
                            delete message.transportType;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.provisionType = value;
                        else
                            delete message.provisionType;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        message.defaultRuleChainIdMSB = reader.int64();
                        message._defaultRuleChainIdMSB = "defaultRuleChainIdMSB";
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        message.defaultRuleChainIdLSB = reader.int64();
                        message._defaultRuleChainIdLSB = "defaultRuleChainIdLSB";
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        message.defaultDashboardIdMSB = reader.int64();
                        message._defaultDashboardIdMSB = "defaultDashboardIdMSB";
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        message.defaultDashboardIdLSB = reader.int64();
                        message._defaultDashboardIdLSB = "defaultDashboardIdLSB";
                        continue;
                    }
                case 17: {
                        if (wireType !== 2)
                            break;
                        message.defaultQueueName = reader.stringVerify();
                        message._defaultQueueName = "defaultQueueName";
                        continue;
                    }
                case 18: {
                        if (wireType !== 2)
                            break;
                        message.deviceProfileData = reader.bytes();
                        message._deviceProfileData = "deviceProfileData";
                        continue;
                    }
                case 19: {
                        if (wireType !== 2)
                            break;
                        message.provisionDeviceKey = reader.stringVerify();
                        message._provisionDeviceKey = "provisionDeviceKey";
                        continue;
                    }
                case 20: {
                        if (wireType !== 0)
                            break;
                        message.firmwareIdMSB = reader.int64();
                        message._firmwareIdMSB = "firmwareIdMSB";
                        continue;
                    }
                case 21: {
                        if (wireType !== 0)
                            break;
                        message.firmwareIdLSB = reader.int64();
                        message._firmwareIdLSB = "firmwareIdLSB";
                        continue;
                    }
                case 22: {
                        if (wireType !== 0)
                            break;
                        message.softwareIdMSB = reader.int64();
                        message._softwareIdMSB = "softwareIdMSB";
                        continue;
                    }
                case 23: {
                        if (wireType !== 0)
                            break;
                        message.softwareIdLSB = reader.int64();
                        message._softwareIdLSB = "softwareIdLSB";
                        continue;
                    }
                case 24: {
                        if (wireType !== 0)
                            break;
                        message.defaultEdgeRuleChainIdMSB = reader.int64();
                        message._defaultEdgeRuleChainIdMSB = "defaultEdgeRuleChainIdMSB";
                        continue;
                    }
                case 25: {
                        if (wireType !== 0)
                            break;
                        message.defaultEdgeRuleChainIdLSB = reader.int64();
                        message._defaultEdgeRuleChainIdLSB = "defaultEdgeRuleChainIdLSB";
                        continue;
                    }
                case 26: {
                        if (wireType !== 0)
                            break;
                        message.externalIdMSB = reader.int64();
                        message._externalIdMSB = "externalIdMSB";
                        continue;
                    }
                case 27: {
                        if (wireType !== 0)
                            break;
                        message.externalIdLSB = reader.int64();
                        message._externalIdLSB = "externalIdLSB";
                        continue;
                    }
                case 28: {
                        if (wireType !== 0)
                            break;
                        message.version = reader.int64();
                        message._version = "version";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        DeviceProfileProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.DeviceProfileProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.DeviceProfileProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.DeviceProfileProto();
            if (object.tenantIdMSB != null)
                if (typeof object.tenantIdMSB === "object" ? object.tenantIdMSB.low || object.tenantIdMSB.high : $Number(object.tenantIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantIdMSB = $util.Long.fromValue(object.tenantIdMSB, false);
                    else if (typeof object.tenantIdMSB === "string")
                        message.tenantIdMSB = $parseInt(object.tenantIdMSB, 10);
                    else if (typeof object.tenantIdMSB === "number")
                        message.tenantIdMSB = object.tenantIdMSB;
                    else if (typeof object.tenantIdMSB === "object")
                        message.tenantIdMSB = new $util.LongBits(object.tenantIdMSB.low >>> 0, object.tenantIdMSB.high >>> 0).toNumber();
            if (object.tenantIdLSB != null)
                if (typeof object.tenantIdLSB === "object" ? object.tenantIdLSB.low || object.tenantIdLSB.high : $Number(object.tenantIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantIdLSB = $util.Long.fromValue(object.tenantIdLSB, false);
                    else if (typeof object.tenantIdLSB === "string")
                        message.tenantIdLSB = $parseInt(object.tenantIdLSB, 10);
                    else if (typeof object.tenantIdLSB === "number")
                        message.tenantIdLSB = object.tenantIdLSB;
                    else if (typeof object.tenantIdLSB === "object")
                        message.tenantIdLSB = new $util.LongBits(object.tenantIdLSB.low >>> 0, object.tenantIdLSB.high >>> 0).toNumber();
            if (object.deviceProfileIdMSB != null)
                if (typeof object.deviceProfileIdMSB === "object" ? object.deviceProfileIdMSB.low || object.deviceProfileIdMSB.high : $Number(object.deviceProfileIdMSB) !== 0)
                    if ($util.Long)
                        message.deviceProfileIdMSB = $util.Long.fromValue(object.deviceProfileIdMSB, false);
                    else if (typeof object.deviceProfileIdMSB === "string")
                        message.deviceProfileIdMSB = $parseInt(object.deviceProfileIdMSB, 10);
                    else if (typeof object.deviceProfileIdMSB === "number")
                        message.deviceProfileIdMSB = object.deviceProfileIdMSB;
                    else if (typeof object.deviceProfileIdMSB === "object")
                        message.deviceProfileIdMSB = new $util.LongBits(object.deviceProfileIdMSB.low >>> 0, object.deviceProfileIdMSB.high >>> 0).toNumber();
            if (object.deviceProfileIdLSB != null)
                if (typeof object.deviceProfileIdLSB === "object" ? object.deviceProfileIdLSB.low || object.deviceProfileIdLSB.high : $Number(object.deviceProfileIdLSB) !== 0)
                    if ($util.Long)
                        message.deviceProfileIdLSB = $util.Long.fromValue(object.deviceProfileIdLSB, false);
                    else if (typeof object.deviceProfileIdLSB === "string")
                        message.deviceProfileIdLSB = $parseInt(object.deviceProfileIdLSB, 10);
                    else if (typeof object.deviceProfileIdLSB === "number")
                        message.deviceProfileIdLSB = object.deviceProfileIdLSB;
                    else if (typeof object.deviceProfileIdLSB === "object")
                        message.deviceProfileIdLSB = new $util.LongBits(object.deviceProfileIdLSB.low >>> 0, object.deviceProfileIdLSB.high >>> 0).toNumber();
            if (object.createdTime != null)
                if (typeof object.createdTime === "object" ? object.createdTime.low || object.createdTime.high : $Number(object.createdTime) !== 0)
                    if ($util.Long)
                        message.createdTime = $util.Long.fromValue(object.createdTime, false);
                    else if (typeof object.createdTime === "string")
                        message.createdTime = $parseInt(object.createdTime, 10);
                    else if (typeof object.createdTime === "number")
                        message.createdTime = object.createdTime;
                    else if (typeof object.createdTime === "object")
                        message.createdTime = new $util.LongBits(object.createdTime.low >>> 0, object.createdTime.high >>> 0).toNumber();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.description != null)
                message.description = $String(object.description);
            if (object.image != null)
                message.image = $String(object.image);
            if (object.isDefault != null)
                if (object.isDefault)
                    message.isDefault = $Boolean(object.isDefault);
            if (object.type != null)
                if (typeof object.type !== "string" || object.type.length)
                    message.type = $String(object.type);
            if (object.transportType != null)
                if (typeof object.transportType !== "string" || object.transportType.length)
                    message.transportType = $String(object.transportType);
            if (object.provisionType != null)
                if (typeof object.provisionType !== "string" || object.provisionType.length)
                    message.provisionType = $String(object.provisionType);
            if (object.defaultRuleChainIdMSB != null)
                if ($util.Long)
                    message.defaultRuleChainIdMSB = $util.Long.fromValue(object.defaultRuleChainIdMSB, false);
                else if (typeof object.defaultRuleChainIdMSB === "string")
                    message.defaultRuleChainIdMSB = $parseInt(object.defaultRuleChainIdMSB, 10);
                else if (typeof object.defaultRuleChainIdMSB === "number")
                    message.defaultRuleChainIdMSB = object.defaultRuleChainIdMSB;
                else if (typeof object.defaultRuleChainIdMSB === "object")
                    message.defaultRuleChainIdMSB = new $util.LongBits(object.defaultRuleChainIdMSB.low >>> 0, object.defaultRuleChainIdMSB.high >>> 0).toNumber();
            if (object.defaultRuleChainIdLSB != null)
                if ($util.Long)
                    message.defaultRuleChainIdLSB = $util.Long.fromValue(object.defaultRuleChainIdLSB, false);
                else if (typeof object.defaultRuleChainIdLSB === "string")
                    message.defaultRuleChainIdLSB = $parseInt(object.defaultRuleChainIdLSB, 10);
                else if (typeof object.defaultRuleChainIdLSB === "number")
                    message.defaultRuleChainIdLSB = object.defaultRuleChainIdLSB;
                else if (typeof object.defaultRuleChainIdLSB === "object")
                    message.defaultRuleChainIdLSB = new $util.LongBits(object.defaultRuleChainIdLSB.low >>> 0, object.defaultRuleChainIdLSB.high >>> 0).toNumber();
            if (object.defaultDashboardIdMSB != null)
                if ($util.Long)
                    message.defaultDashboardIdMSB = $util.Long.fromValue(object.defaultDashboardIdMSB, false);
                else if (typeof object.defaultDashboardIdMSB === "string")
                    message.defaultDashboardIdMSB = $parseInt(object.defaultDashboardIdMSB, 10);
                else if (typeof object.defaultDashboardIdMSB === "number")
                    message.defaultDashboardIdMSB = object.defaultDashboardIdMSB;
                else if (typeof object.defaultDashboardIdMSB === "object")
                    message.defaultDashboardIdMSB = new $util.LongBits(object.defaultDashboardIdMSB.low >>> 0, object.defaultDashboardIdMSB.high >>> 0).toNumber();
            if (object.defaultDashboardIdLSB != null)
                if ($util.Long)
                    message.defaultDashboardIdLSB = $util.Long.fromValue(object.defaultDashboardIdLSB, false);
                else if (typeof object.defaultDashboardIdLSB === "string")
                    message.defaultDashboardIdLSB = $parseInt(object.defaultDashboardIdLSB, 10);
                else if (typeof object.defaultDashboardIdLSB === "number")
                    message.defaultDashboardIdLSB = object.defaultDashboardIdLSB;
                else if (typeof object.defaultDashboardIdLSB === "object")
                    message.defaultDashboardIdLSB = new $util.LongBits(object.defaultDashboardIdLSB.low >>> 0, object.defaultDashboardIdLSB.high >>> 0).toNumber();
            if (object.defaultQueueName != null)
                message.defaultQueueName = $String(object.defaultQueueName);
            if (object.deviceProfileData != null)
                if (typeof object.deviceProfileData === "string")
                    $util.base64.decode(object.deviceProfileData, message.deviceProfileData = $util.newBuffer($util.base64.length(object.deviceProfileData)), 0);
                else if (object.deviceProfileData.length >= 0)
                    message.deviceProfileData = object.deviceProfileData;
            if (object.provisionDeviceKey != null)
                message.provisionDeviceKey = $String(object.provisionDeviceKey);
            if (object.firmwareIdMSB != null)
                if ($util.Long)
                    message.firmwareIdMSB = $util.Long.fromValue(object.firmwareIdMSB, false);
                else if (typeof object.firmwareIdMSB === "string")
                    message.firmwareIdMSB = $parseInt(object.firmwareIdMSB, 10);
                else if (typeof object.firmwareIdMSB === "number")
                    message.firmwareIdMSB = object.firmwareIdMSB;
                else if (typeof object.firmwareIdMSB === "object")
                    message.firmwareIdMSB = new $util.LongBits(object.firmwareIdMSB.low >>> 0, object.firmwareIdMSB.high >>> 0).toNumber();
            if (object.firmwareIdLSB != null)
                if ($util.Long)
                    message.firmwareIdLSB = $util.Long.fromValue(object.firmwareIdLSB, false);
                else if (typeof object.firmwareIdLSB === "string")
                    message.firmwareIdLSB = $parseInt(object.firmwareIdLSB, 10);
                else if (typeof object.firmwareIdLSB === "number")
                    message.firmwareIdLSB = object.firmwareIdLSB;
                else if (typeof object.firmwareIdLSB === "object")
                    message.firmwareIdLSB = new $util.LongBits(object.firmwareIdLSB.low >>> 0, object.firmwareIdLSB.high >>> 0).toNumber();
            if (object.softwareIdMSB != null)
                if ($util.Long)
                    message.softwareIdMSB = $util.Long.fromValue(object.softwareIdMSB, false);
                else if (typeof object.softwareIdMSB === "string")
                    message.softwareIdMSB = $parseInt(object.softwareIdMSB, 10);
                else if (typeof object.softwareIdMSB === "number")
                    message.softwareIdMSB = object.softwareIdMSB;
                else if (typeof object.softwareIdMSB === "object")
                    message.softwareIdMSB = new $util.LongBits(object.softwareIdMSB.low >>> 0, object.softwareIdMSB.high >>> 0).toNumber();
            if (object.softwareIdLSB != null)
                if ($util.Long)
                    message.softwareIdLSB = $util.Long.fromValue(object.softwareIdLSB, false);
                else if (typeof object.softwareIdLSB === "string")
                    message.softwareIdLSB = $parseInt(object.softwareIdLSB, 10);
                else if (typeof object.softwareIdLSB === "number")
                    message.softwareIdLSB = object.softwareIdLSB;
                else if (typeof object.softwareIdLSB === "object")
                    message.softwareIdLSB = new $util.LongBits(object.softwareIdLSB.low >>> 0, object.softwareIdLSB.high >>> 0).toNumber();
            if (object.defaultEdgeRuleChainIdMSB != null)
                if ($util.Long)
                    message.defaultEdgeRuleChainIdMSB = $util.Long.fromValue(object.defaultEdgeRuleChainIdMSB, false);
                else if (typeof object.defaultEdgeRuleChainIdMSB === "string")
                    message.defaultEdgeRuleChainIdMSB = $parseInt(object.defaultEdgeRuleChainIdMSB, 10);
                else if (typeof object.defaultEdgeRuleChainIdMSB === "number")
                    message.defaultEdgeRuleChainIdMSB = object.defaultEdgeRuleChainIdMSB;
                else if (typeof object.defaultEdgeRuleChainIdMSB === "object")
                    message.defaultEdgeRuleChainIdMSB = new $util.LongBits(object.defaultEdgeRuleChainIdMSB.low >>> 0, object.defaultEdgeRuleChainIdMSB.high >>> 0).toNumber();
            if (object.defaultEdgeRuleChainIdLSB != null)
                if ($util.Long)
                    message.defaultEdgeRuleChainIdLSB = $util.Long.fromValue(object.defaultEdgeRuleChainIdLSB, false);
                else if (typeof object.defaultEdgeRuleChainIdLSB === "string")
                    message.defaultEdgeRuleChainIdLSB = $parseInt(object.defaultEdgeRuleChainIdLSB, 10);
                else if (typeof object.defaultEdgeRuleChainIdLSB === "number")
                    message.defaultEdgeRuleChainIdLSB = object.defaultEdgeRuleChainIdLSB;
                else if (typeof object.defaultEdgeRuleChainIdLSB === "object")
                    message.defaultEdgeRuleChainIdLSB = new $util.LongBits(object.defaultEdgeRuleChainIdLSB.low >>> 0, object.defaultEdgeRuleChainIdLSB.high >>> 0).toNumber();
            if (object.externalIdMSB != null)
                if ($util.Long)
                    message.externalIdMSB = $util.Long.fromValue(object.externalIdMSB, false);
                else if (typeof object.externalIdMSB === "string")
                    message.externalIdMSB = $parseInt(object.externalIdMSB, 10);
                else if (typeof object.externalIdMSB === "number")
                    message.externalIdMSB = object.externalIdMSB;
                else if (typeof object.externalIdMSB === "object")
                    message.externalIdMSB = new $util.LongBits(object.externalIdMSB.low >>> 0, object.externalIdMSB.high >>> 0).toNumber();
            if (object.externalIdLSB != null)
                if ($util.Long)
                    message.externalIdLSB = $util.Long.fromValue(object.externalIdLSB, false);
                else if (typeof object.externalIdLSB === "string")
                    message.externalIdLSB = $parseInt(object.externalIdLSB, 10);
                else if (typeof object.externalIdLSB === "number")
                    message.externalIdLSB = object.externalIdLSB;
                else if (typeof object.externalIdLSB === "object")
                    message.externalIdLSB = new $util.LongBits(object.externalIdLSB.low >>> 0, object.externalIdLSB.high >>> 0).toNumber();
            if (object.version != null)
                if ($util.Long)
                    message.version = $util.Long.fromValue(object.version, false);
                else if (typeof object.version === "string")
                    message.version = $parseInt(object.version, 10);
                else if (typeof object.version === "number")
                    message.version = object.version;
                else if (typeof object.version === "object")
                    message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber();
            return message;
        };

        DeviceProfileProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceProfileIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceProfileIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceProfileIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceProfileIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.createdTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.createdTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.name = "";
                object.isDefault = false;
                object.type = "";
                object.transportType = "";
                object.provisionType = "";
            }
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdMSB = typeof message.tenantIdMSB === "number" ? $BigInt(message.tenantIdMSB) : $util.Long.fromBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdMSB === "number")
                    object.tenantIdMSB = options.longs === $String ? $String(message.tenantIdMSB) : message.tenantIdMSB;
                else
                    object.tenantIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0).toNumber() : message.tenantIdMSB;
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdLSB = typeof message.tenantIdLSB === "number" ? $BigInt(message.tenantIdLSB) : $util.Long.fromBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdLSB === "number")
                    object.tenantIdLSB = options.longs === $String ? $String(message.tenantIdLSB) : message.tenantIdLSB;
                else
                    object.tenantIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0).toNumber() : message.tenantIdLSB;
            if (message.deviceProfileIdMSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceProfileIdMSB = typeof message.deviceProfileIdMSB === "number" ? $BigInt(message.deviceProfileIdMSB) : $util.Long.fromBits(message.deviceProfileIdMSB.low >>> 0, message.deviceProfileIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceProfileIdMSB === "number")
                    object.deviceProfileIdMSB = options.longs === $String ? $String(message.deviceProfileIdMSB) : message.deviceProfileIdMSB;
                else
                    object.deviceProfileIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceProfileIdMSB) : options.longs === $Number ? new $util.LongBits(message.deviceProfileIdMSB.low >>> 0, message.deviceProfileIdMSB.high >>> 0).toNumber() : message.deviceProfileIdMSB;
            if (message.deviceProfileIdLSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceProfileIdLSB = typeof message.deviceProfileIdLSB === "number" ? $BigInt(message.deviceProfileIdLSB) : $util.Long.fromBits(message.deviceProfileIdLSB.low >>> 0, message.deviceProfileIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceProfileIdLSB === "number")
                    object.deviceProfileIdLSB = options.longs === $String ? $String(message.deviceProfileIdLSB) : message.deviceProfileIdLSB;
                else
                    object.deviceProfileIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceProfileIdLSB) : options.longs === $Number ? new $util.LongBits(message.deviceProfileIdLSB.low >>> 0, message.deviceProfileIdLSB.high >>> 0).toNumber() : message.deviceProfileIdLSB;
            if (message.createdTime != null && $Object.hasOwnProperty.call(message, "createdTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.createdTime = typeof message.createdTime === "number" ? $BigInt(message.createdTime) : $util.Long.fromBits(message.createdTime.low >>> 0, message.createdTime.high >>> 0, false).toBigInt();
                else if (typeof message.createdTime === "number")
                    object.createdTime = options.longs === $String ? $String(message.createdTime) : message.createdTime;
                else
                    object.createdTime = options.longs === $String ? $util.Long.prototype.toString.call(message.createdTime) : options.longs === $Number ? new $util.LongBits(message.createdTime.low >>> 0, message.createdTime.high >>> 0).toNumber() : message.createdTime;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                object.description = message.description;
            if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                object.image = message.image;
            if (message.isDefault != null && $Object.hasOwnProperty.call(message, "isDefault"))
                object.isDefault = message.isDefault;
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            if (message.transportType != null && $Object.hasOwnProperty.call(message, "transportType"))
                object.transportType = message.transportType;
            if (message.provisionType != null && $Object.hasOwnProperty.call(message, "provisionType"))
                object.provisionType = message.provisionType;
            if (message.defaultRuleChainIdMSB != null && $Object.hasOwnProperty.call(message, "defaultRuleChainIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.defaultRuleChainIdMSB = typeof message.defaultRuleChainIdMSB === "number" ? $BigInt(message.defaultRuleChainIdMSB) : $util.Long.fromBits(message.defaultRuleChainIdMSB.low >>> 0, message.defaultRuleChainIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.defaultRuleChainIdMSB === "number")
                    object.defaultRuleChainIdMSB = options.longs === $String ? $String(message.defaultRuleChainIdMSB) : message.defaultRuleChainIdMSB;
                else
                    object.defaultRuleChainIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.defaultRuleChainIdMSB) : options.longs === $Number ? new $util.LongBits(message.defaultRuleChainIdMSB.low >>> 0, message.defaultRuleChainIdMSB.high >>> 0).toNumber() : message.defaultRuleChainIdMSB;
            if (message.defaultRuleChainIdLSB != null && $Object.hasOwnProperty.call(message, "defaultRuleChainIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.defaultRuleChainIdLSB = typeof message.defaultRuleChainIdLSB === "number" ? $BigInt(message.defaultRuleChainIdLSB) : $util.Long.fromBits(message.defaultRuleChainIdLSB.low >>> 0, message.defaultRuleChainIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.defaultRuleChainIdLSB === "number")
                    object.defaultRuleChainIdLSB = options.longs === $String ? $String(message.defaultRuleChainIdLSB) : message.defaultRuleChainIdLSB;
                else
                    object.defaultRuleChainIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.defaultRuleChainIdLSB) : options.longs === $Number ? new $util.LongBits(message.defaultRuleChainIdLSB.low >>> 0, message.defaultRuleChainIdLSB.high >>> 0).toNumber() : message.defaultRuleChainIdLSB;
            if (message.defaultDashboardIdMSB != null && $Object.hasOwnProperty.call(message, "defaultDashboardIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.defaultDashboardIdMSB = typeof message.defaultDashboardIdMSB === "number" ? $BigInt(message.defaultDashboardIdMSB) : $util.Long.fromBits(message.defaultDashboardIdMSB.low >>> 0, message.defaultDashboardIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.defaultDashboardIdMSB === "number")
                    object.defaultDashboardIdMSB = options.longs === $String ? $String(message.defaultDashboardIdMSB) : message.defaultDashboardIdMSB;
                else
                    object.defaultDashboardIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.defaultDashboardIdMSB) : options.longs === $Number ? new $util.LongBits(message.defaultDashboardIdMSB.low >>> 0, message.defaultDashboardIdMSB.high >>> 0).toNumber() : message.defaultDashboardIdMSB;
            if (message.defaultDashboardIdLSB != null && $Object.hasOwnProperty.call(message, "defaultDashboardIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.defaultDashboardIdLSB = typeof message.defaultDashboardIdLSB === "number" ? $BigInt(message.defaultDashboardIdLSB) : $util.Long.fromBits(message.defaultDashboardIdLSB.low >>> 0, message.defaultDashboardIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.defaultDashboardIdLSB === "number")
                    object.defaultDashboardIdLSB = options.longs === $String ? $String(message.defaultDashboardIdLSB) : message.defaultDashboardIdLSB;
                else
                    object.defaultDashboardIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.defaultDashboardIdLSB) : options.longs === $Number ? new $util.LongBits(message.defaultDashboardIdLSB.low >>> 0, message.defaultDashboardIdLSB.high >>> 0).toNumber() : message.defaultDashboardIdLSB;
            if (message.defaultQueueName != null && $Object.hasOwnProperty.call(message, "defaultQueueName"))
                object.defaultQueueName = message.defaultQueueName;
            if (message.deviceProfileData != null && $Object.hasOwnProperty.call(message, "deviceProfileData"))
                object.deviceProfileData = options.bytes === $String ? $util.base64.encode(message.deviceProfileData, 0, message.deviceProfileData.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.deviceProfileData) : message.deviceProfileData;
            if (message.provisionDeviceKey != null && $Object.hasOwnProperty.call(message, "provisionDeviceKey"))
                object.provisionDeviceKey = message.provisionDeviceKey;
            if (message.firmwareIdMSB != null && $Object.hasOwnProperty.call(message, "firmwareIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.firmwareIdMSB = typeof message.firmwareIdMSB === "number" ? $BigInt(message.firmwareIdMSB) : $util.Long.fromBits(message.firmwareIdMSB.low >>> 0, message.firmwareIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.firmwareIdMSB === "number")
                    object.firmwareIdMSB = options.longs === $String ? $String(message.firmwareIdMSB) : message.firmwareIdMSB;
                else
                    object.firmwareIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.firmwareIdMSB) : options.longs === $Number ? new $util.LongBits(message.firmwareIdMSB.low >>> 0, message.firmwareIdMSB.high >>> 0).toNumber() : message.firmwareIdMSB;
            if (message.firmwareIdLSB != null && $Object.hasOwnProperty.call(message, "firmwareIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.firmwareIdLSB = typeof message.firmwareIdLSB === "number" ? $BigInt(message.firmwareIdLSB) : $util.Long.fromBits(message.firmwareIdLSB.low >>> 0, message.firmwareIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.firmwareIdLSB === "number")
                    object.firmwareIdLSB = options.longs === $String ? $String(message.firmwareIdLSB) : message.firmwareIdLSB;
                else
                    object.firmwareIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.firmwareIdLSB) : options.longs === $Number ? new $util.LongBits(message.firmwareIdLSB.low >>> 0, message.firmwareIdLSB.high >>> 0).toNumber() : message.firmwareIdLSB;
            if (message.softwareIdMSB != null && $Object.hasOwnProperty.call(message, "softwareIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.softwareIdMSB = typeof message.softwareIdMSB === "number" ? $BigInt(message.softwareIdMSB) : $util.Long.fromBits(message.softwareIdMSB.low >>> 0, message.softwareIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.softwareIdMSB === "number")
                    object.softwareIdMSB = options.longs === $String ? $String(message.softwareIdMSB) : message.softwareIdMSB;
                else
                    object.softwareIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.softwareIdMSB) : options.longs === $Number ? new $util.LongBits(message.softwareIdMSB.low >>> 0, message.softwareIdMSB.high >>> 0).toNumber() : message.softwareIdMSB;
            if (message.softwareIdLSB != null && $Object.hasOwnProperty.call(message, "softwareIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.softwareIdLSB = typeof message.softwareIdLSB === "number" ? $BigInt(message.softwareIdLSB) : $util.Long.fromBits(message.softwareIdLSB.low >>> 0, message.softwareIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.softwareIdLSB === "number")
                    object.softwareIdLSB = options.longs === $String ? $String(message.softwareIdLSB) : message.softwareIdLSB;
                else
                    object.softwareIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.softwareIdLSB) : options.longs === $Number ? new $util.LongBits(message.softwareIdLSB.low >>> 0, message.softwareIdLSB.high >>> 0).toNumber() : message.softwareIdLSB;
            if (message.defaultEdgeRuleChainIdMSB != null && $Object.hasOwnProperty.call(message, "defaultEdgeRuleChainIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.defaultEdgeRuleChainIdMSB = typeof message.defaultEdgeRuleChainIdMSB === "number" ? $BigInt(message.defaultEdgeRuleChainIdMSB) : $util.Long.fromBits(message.defaultEdgeRuleChainIdMSB.low >>> 0, message.defaultEdgeRuleChainIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.defaultEdgeRuleChainIdMSB === "number")
                    object.defaultEdgeRuleChainIdMSB = options.longs === $String ? $String(message.defaultEdgeRuleChainIdMSB) : message.defaultEdgeRuleChainIdMSB;
                else
                    object.defaultEdgeRuleChainIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.defaultEdgeRuleChainIdMSB) : options.longs === $Number ? new $util.LongBits(message.defaultEdgeRuleChainIdMSB.low >>> 0, message.defaultEdgeRuleChainIdMSB.high >>> 0).toNumber() : message.defaultEdgeRuleChainIdMSB;
            if (message.defaultEdgeRuleChainIdLSB != null && $Object.hasOwnProperty.call(message, "defaultEdgeRuleChainIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.defaultEdgeRuleChainIdLSB = typeof message.defaultEdgeRuleChainIdLSB === "number" ? $BigInt(message.defaultEdgeRuleChainIdLSB) : $util.Long.fromBits(message.defaultEdgeRuleChainIdLSB.low >>> 0, message.defaultEdgeRuleChainIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.defaultEdgeRuleChainIdLSB === "number")
                    object.defaultEdgeRuleChainIdLSB = options.longs === $String ? $String(message.defaultEdgeRuleChainIdLSB) : message.defaultEdgeRuleChainIdLSB;
                else
                    object.defaultEdgeRuleChainIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.defaultEdgeRuleChainIdLSB) : options.longs === $Number ? new $util.LongBits(message.defaultEdgeRuleChainIdLSB.low >>> 0, message.defaultEdgeRuleChainIdLSB.high >>> 0).toNumber() : message.defaultEdgeRuleChainIdLSB;
            if (message.externalIdMSB != null && $Object.hasOwnProperty.call(message, "externalIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.externalIdMSB = typeof message.externalIdMSB === "number" ? $BigInt(message.externalIdMSB) : $util.Long.fromBits(message.externalIdMSB.low >>> 0, message.externalIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.externalIdMSB === "number")
                    object.externalIdMSB = options.longs === $String ? $String(message.externalIdMSB) : message.externalIdMSB;
                else
                    object.externalIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.externalIdMSB) : options.longs === $Number ? new $util.LongBits(message.externalIdMSB.low >>> 0, message.externalIdMSB.high >>> 0).toNumber() : message.externalIdMSB;
            if (message.externalIdLSB != null && $Object.hasOwnProperty.call(message, "externalIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.externalIdLSB = typeof message.externalIdLSB === "number" ? $BigInt(message.externalIdLSB) : $util.Long.fromBits(message.externalIdLSB.low >>> 0, message.externalIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.externalIdLSB === "number")
                    object.externalIdLSB = options.longs === $String ? $String(message.externalIdLSB) : message.externalIdLSB;
                else
                    object.externalIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.externalIdLSB) : options.longs === $Number ? new $util.LongBits(message.externalIdLSB.low >>> 0, message.externalIdLSB.high >>> 0).toNumber() : message.externalIdLSB;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, false).toBigInt();
                else if (typeof message.version === "number")
                    object.version = options.longs === $String ? $String(message.version) : message.version;
                else
                    object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber() : message.version;
            return object;
        };

        DeviceProfileProto.prototype.toJSON = function() {
            return DeviceProfileProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        DeviceProfileProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.DeviceProfileProto";
        };

        return DeviceProfileProto;
    })();

    transport.ValidateDeviceCredentialsResponseMsg = (function() {

        const ValidateDeviceCredentialsResponseMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ValidateDeviceCredentialsResponseMsg.prototype.deviceInfo = null;
        ValidateDeviceCredentialsResponseMsg.prototype.credentialsBody = "";
        ValidateDeviceCredentialsResponseMsg.prototype.deviceProfile = null;

        ValidateDeviceCredentialsResponseMsg.create = function(properties) {
            return new ValidateDeviceCredentialsResponseMsg(properties);
        };

        ValidateDeviceCredentialsResponseMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
                $root.transport.DeviceInfoProto.encode(message.deviceInfo, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.credentialsBody != null && $Object.hasOwnProperty.call(message, "credentialsBody") && message.credentialsBody !== "")
                writer.uint32(18).string(message.credentialsBody);
            if (message.deviceProfile != null && $Object.hasOwnProperty.call(message, "deviceProfile"))
                $root.transport.DeviceProfileProto.encode(message.deviceProfile, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ValidateDeviceCredentialsResponseMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.ValidateDeviceCredentialsResponseMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.deviceInfo = $root.transport.DeviceInfoProto.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceInfo);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.credentialsBody = value;
                        else
                            delete message.credentialsBody;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.deviceProfile = $root.transport.DeviceProfileProto.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceProfile);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ValidateDeviceCredentialsResponseMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.ValidateDeviceCredentialsResponseMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.ValidateDeviceCredentialsResponseMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.ValidateDeviceCredentialsResponseMsg();
            if (object.deviceInfo != null) {
                if (!$util.isObject(object.deviceInfo))
                    throw $TypeError(".transport.ValidateDeviceCredentialsResponseMsg.deviceInfo: object expected");
                message.deviceInfo = $root.transport.DeviceInfoProto.fromObject(object.deviceInfo, _depth + 1);
            }
            if (object.credentialsBody != null)
                if (typeof object.credentialsBody !== "string" || object.credentialsBody.length)
                    message.credentialsBody = $String(object.credentialsBody);
            if (object.deviceProfile != null) {
                if (!$util.isObject(object.deviceProfile))
                    throw $TypeError(".transport.ValidateDeviceCredentialsResponseMsg.deviceProfile: object expected");
                message.deviceProfile = $root.transport.DeviceProfileProto.fromObject(object.deviceProfile, _depth + 1);
            }
            return message;
        };

        ValidateDeviceCredentialsResponseMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.deviceInfo = null;
                object.credentialsBody = "";
                object.deviceProfile = null;
            }
            if (message.deviceInfo != null && $Object.hasOwnProperty.call(message, "deviceInfo"))
                object.deviceInfo = $root.transport.DeviceInfoProto.toObject(message.deviceInfo, options, _depth + 1);
            if (message.credentialsBody != null && $Object.hasOwnProperty.call(message, "credentialsBody"))
                object.credentialsBody = message.credentialsBody;
            if (message.deviceProfile != null && $Object.hasOwnProperty.call(message, "deviceProfile"))
                object.deviceProfile = $root.transport.DeviceProfileProto.toObject(message.deviceProfile, options, _depth + 1);
            return object;
        };

        ValidateDeviceCredentialsResponseMsg.prototype.toJSON = function() {
            return ValidateDeviceCredentialsResponseMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ValidateDeviceCredentialsResponseMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.ValidateDeviceCredentialsResponseMsg";
        };

        return ValidateDeviceCredentialsResponseMsg;
    })();

    transport.TenantProfileProto = (function() {

        const TenantProfileProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TenantProfileProto.prototype.tenantProfileIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TenantProfileProto.prototype.tenantProfileIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TenantProfileProto.prototype.createdTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TenantProfileProto.prototype.name = "";
        TenantProfileProto.prototype.description = null;
        TenantProfileProto.prototype.isDefault = false;
        TenantProfileProto.prototype.isolatedTbRuleEngine = false;
        TenantProfileProto.prototype.profileData = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TenantProfileProto.prototype, "_description", {
            get: $util.oneOfGetter($oneOfFields = ["description"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TenantProfileProto.prototype, "_profileData", {
            get: $util.oneOfGetter($oneOfFields = ["profileData"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        TenantProfileProto.create = function(properties) {
            return new TenantProfileProto(properties);
        };

        TenantProfileProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenantProfileIdMSB != null && $Object.hasOwnProperty.call(message, "tenantProfileIdMSB") && (typeof message.tenantProfileIdMSB === "object" ? message.tenantProfileIdMSB.low || message.tenantProfileIdMSB.high : message.tenantProfileIdMSB !== 0))
                writer.uint32(8).int64(message.tenantProfileIdMSB);
            if (message.tenantProfileIdLSB != null && $Object.hasOwnProperty.call(message, "tenantProfileIdLSB") && (typeof message.tenantProfileIdLSB === "object" ? message.tenantProfileIdLSB.low || message.tenantProfileIdLSB.high : message.tenantProfileIdLSB !== 0))
                writer.uint32(16).int64(message.tenantProfileIdLSB);
            if (message.createdTime != null && $Object.hasOwnProperty.call(message, "createdTime") && (typeof message.createdTime === "object" ? message.createdTime.low || message.createdTime.high : message.createdTime !== 0))
                writer.uint32(24).int64(message.createdTime);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(34).string(message.name);
            if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                writer.uint32(42).string(message.description);
            if (message.isDefault != null && $Object.hasOwnProperty.call(message, "isDefault") && message.isDefault !== false)
                writer.uint32(48).bool(message.isDefault);
            if (message.isolatedTbRuleEngine != null && $Object.hasOwnProperty.call(message, "isolatedTbRuleEngine") && message.isolatedTbRuleEngine !== false)
                writer.uint32(56).bool(message.isolatedTbRuleEngine);
            if (message.profileData != null && $Object.hasOwnProperty.call(message, "profileData"))
                writer.uint32(66).bytes(message.profileData);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TenantProfileProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.TenantProfileProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantProfileIdMSB = value;
                        else
                            delete message.tenantProfileIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantProfileIdLSB = value;
                        else
                            delete message.tenantProfileIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.createdTime = value;
                        else
                            delete message.createdTime;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.description = reader.stringVerify();
                        message._description = "description";
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.isDefault = value;
                        else
                            delete message.isDefault;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.isolatedTbRuleEngine = value;
                        else
                            delete message.isolatedTbRuleEngine;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.profileData = reader.bytes();
                        message._profileData = "profileData";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TenantProfileProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.TenantProfileProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.TenantProfileProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.TenantProfileProto();
            if (object.tenantProfileIdMSB != null)
                if (typeof object.tenantProfileIdMSB === "object" ? object.tenantProfileIdMSB.low || object.tenantProfileIdMSB.high : $Number(object.tenantProfileIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantProfileIdMSB = $util.Long.fromValue(object.tenantProfileIdMSB, false);
                    else if (typeof object.tenantProfileIdMSB === "string")
                        message.tenantProfileIdMSB = $parseInt(object.tenantProfileIdMSB, 10);
                    else if (typeof object.tenantProfileIdMSB === "number")
                        message.tenantProfileIdMSB = object.tenantProfileIdMSB;
                    else if (typeof object.tenantProfileIdMSB === "object")
                        message.tenantProfileIdMSB = new $util.LongBits(object.tenantProfileIdMSB.low >>> 0, object.tenantProfileIdMSB.high >>> 0).toNumber();
            if (object.tenantProfileIdLSB != null)
                if (typeof object.tenantProfileIdLSB === "object" ? object.tenantProfileIdLSB.low || object.tenantProfileIdLSB.high : $Number(object.tenantProfileIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantProfileIdLSB = $util.Long.fromValue(object.tenantProfileIdLSB, false);
                    else if (typeof object.tenantProfileIdLSB === "string")
                        message.tenantProfileIdLSB = $parseInt(object.tenantProfileIdLSB, 10);
                    else if (typeof object.tenantProfileIdLSB === "number")
                        message.tenantProfileIdLSB = object.tenantProfileIdLSB;
                    else if (typeof object.tenantProfileIdLSB === "object")
                        message.tenantProfileIdLSB = new $util.LongBits(object.tenantProfileIdLSB.low >>> 0, object.tenantProfileIdLSB.high >>> 0).toNumber();
            if (object.createdTime != null)
                if (typeof object.createdTime === "object" ? object.createdTime.low || object.createdTime.high : $Number(object.createdTime) !== 0)
                    if ($util.Long)
                        message.createdTime = $util.Long.fromValue(object.createdTime, false);
                    else if (typeof object.createdTime === "string")
                        message.createdTime = $parseInt(object.createdTime, 10);
                    else if (typeof object.createdTime === "number")
                        message.createdTime = object.createdTime;
                    else if (typeof object.createdTime === "object")
                        message.createdTime = new $util.LongBits(object.createdTime.low >>> 0, object.createdTime.high >>> 0).toNumber();
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.description != null)
                message.description = $String(object.description);
            if (object.isDefault != null)
                if (object.isDefault)
                    message.isDefault = $Boolean(object.isDefault);
            if (object.isolatedTbRuleEngine != null)
                if (object.isolatedTbRuleEngine)
                    message.isolatedTbRuleEngine = $Boolean(object.isolatedTbRuleEngine);
            if (object.profileData != null)
                if (typeof object.profileData === "string")
                    $util.base64.decode(object.profileData, message.profileData = $util.newBuffer($util.base64.length(object.profileData)), 0);
                else if (object.profileData.length >= 0)
                    message.profileData = object.profileData;
            return message;
        };

        TenantProfileProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantProfileIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantProfileIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantProfileIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantProfileIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.createdTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.createdTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.name = "";
                object.isDefault = false;
                object.isolatedTbRuleEngine = false;
            }
            if (message.tenantProfileIdMSB != null && $Object.hasOwnProperty.call(message, "tenantProfileIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantProfileIdMSB = typeof message.tenantProfileIdMSB === "number" ? $BigInt(message.tenantProfileIdMSB) : $util.Long.fromBits(message.tenantProfileIdMSB.low >>> 0, message.tenantProfileIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantProfileIdMSB === "number")
                    object.tenantProfileIdMSB = options.longs === $String ? $String(message.tenantProfileIdMSB) : message.tenantProfileIdMSB;
                else
                    object.tenantProfileIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantProfileIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantProfileIdMSB.low >>> 0, message.tenantProfileIdMSB.high >>> 0).toNumber() : message.tenantProfileIdMSB;
            if (message.tenantProfileIdLSB != null && $Object.hasOwnProperty.call(message, "tenantProfileIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantProfileIdLSB = typeof message.tenantProfileIdLSB === "number" ? $BigInt(message.tenantProfileIdLSB) : $util.Long.fromBits(message.tenantProfileIdLSB.low >>> 0, message.tenantProfileIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantProfileIdLSB === "number")
                    object.tenantProfileIdLSB = options.longs === $String ? $String(message.tenantProfileIdLSB) : message.tenantProfileIdLSB;
                else
                    object.tenantProfileIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantProfileIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantProfileIdLSB.low >>> 0, message.tenantProfileIdLSB.high >>> 0).toNumber() : message.tenantProfileIdLSB;
            if (message.createdTime != null && $Object.hasOwnProperty.call(message, "createdTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.createdTime = typeof message.createdTime === "number" ? $BigInt(message.createdTime) : $util.Long.fromBits(message.createdTime.low >>> 0, message.createdTime.high >>> 0, false).toBigInt();
                else if (typeof message.createdTime === "number")
                    object.createdTime = options.longs === $String ? $String(message.createdTime) : message.createdTime;
                else
                    object.createdTime = options.longs === $String ? $util.Long.prototype.toString.call(message.createdTime) : options.longs === $Number ? new $util.LongBits(message.createdTime.low >>> 0, message.createdTime.high >>> 0).toNumber() : message.createdTime;
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                object.description = message.description;
            if (message.isDefault != null && $Object.hasOwnProperty.call(message, "isDefault"))
                object.isDefault = message.isDefault;
            if (message.isolatedTbRuleEngine != null && $Object.hasOwnProperty.call(message, "isolatedTbRuleEngine"))
                object.isolatedTbRuleEngine = message.isolatedTbRuleEngine;
            if (message.profileData != null && $Object.hasOwnProperty.call(message, "profileData"))
                object.profileData = options.bytes === $String ? $util.base64.encode(message.profileData, 0, message.profileData.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.profileData) : message.profileData;
            return object;
        };

        TenantProfileProto.prototype.toJSON = function() {
            return TenantProfileProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        TenantProfileProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.TenantProfileProto";
        };

        return TenantProfileProto;
    })();

    transport.EntityTypeProto = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "UNSPECIFIED"] = 0;
        values[valuesById[1] = "TENANT"] = 1;
        values[valuesById[2] = "CUSTOMER"] = 2;
        values[valuesById[3] = "USER"] = 3;
        values[valuesById[4] = "DASHBOARD"] = 4;
        values[valuesById[5] = "ASSET"] = 5;
        values[valuesById[6] = "DEVICE"] = 6;
        values[valuesById[7] = "ALARM"] = 7;
        values[valuesById[11] = "RULE_CHAIN"] = 11;
        values[valuesById[12] = "RULE_NODE"] = 12;
        values[valuesById[15] = "ENTITY_VIEW"] = 15;
        values[valuesById[16] = "WIDGETS_BUNDLE"] = 16;
        values[valuesById[17] = "WIDGET_TYPE"] = 17;
        values[valuesById[20] = "TENANT_PROFILE"] = 20;
        values[valuesById[21] = "DEVICE_PROFILE"] = 21;
        values[valuesById[22] = "ASSET_PROFILE"] = 22;
        values[valuesById[23] = "API_USAGE_STATE"] = 23;
        values[valuesById[24] = "TB_RESOURCE"] = 24;
        values[valuesById[25] = "OTA_PACKAGE"] = 25;
        values[valuesById[26] = "EDGE"] = 26;
        values[valuesById[27] = "RPC"] = 27;
        values[valuesById[28] = "QUEUE"] = 28;
        values[valuesById[29] = "NOTIFICATION_TARGET"] = 29;
        values[valuesById[30] = "NOTIFICATION_TEMPLATE"] = 30;
        values[valuesById[31] = "NOTIFICATION_REQUEST"] = 31;
        values[valuesById[32] = "NOTIFICATION"] = 32;
        values[valuesById[33] = "NOTIFICATION_RULE"] = 33;
        values[valuesById[34] = "QUEUE_STATS"] = 34;
        values[valuesById[35] = "OAUTH2_CLIENT"] = 35;
        values[valuesById[36] = "DOMAIN"] = 36;
        values[valuesById[37] = "MOBILE_APP"] = 37;
        values[valuesById[38] = "MOBILE_APP_BUNDLE"] = 38;
        values[valuesById[39] = "CALCULATED_FIELD"] = 39;
        values[valuesById[41] = "JOB"] = 41;
        values[valuesById[42] = "ADMIN_SETTINGS"] = 42;
        values[valuesById[43] = "AI_MODEL"] = 43;
        values[valuesById[44] = "API_KEY"] = 44;
        return values;
    })();

    transport.ApiUsageStateProto = (function() {

        const ApiUsageStateProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ApiUsageStateProto.prototype.tenantProfileIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ApiUsageStateProto.prototype.tenantProfileIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ApiUsageStateProto.prototype.apiUsageStateIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ApiUsageStateProto.prototype.apiUsageStateIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ApiUsageStateProto.prototype.createdTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ApiUsageStateProto.prototype.entityType = 0;
        ApiUsageStateProto.prototype.entityIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ApiUsageStateProto.prototype.entityIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ApiUsageStateProto.prototype.transportState = "";
        ApiUsageStateProto.prototype.dbStorageState = "";
        ApiUsageStateProto.prototype.reExecState = "";
        ApiUsageStateProto.prototype.jsExecState = "";
        ApiUsageStateProto.prototype.tbelExecState = "";
        ApiUsageStateProto.prototype.emailExecState = "";
        ApiUsageStateProto.prototype.smsExecState = "";
        ApiUsageStateProto.prototype.alarmExecState = "";
        ApiUsageStateProto.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        ApiUsageStateProto.create = function(properties) {
            return new ApiUsageStateProto(properties);
        };

        ApiUsageStateProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenantProfileIdMSB != null && $Object.hasOwnProperty.call(message, "tenantProfileIdMSB") && (typeof message.tenantProfileIdMSB === "object" ? message.tenantProfileIdMSB.low || message.tenantProfileIdMSB.high : message.tenantProfileIdMSB !== 0))
                writer.uint32(8).int64(message.tenantProfileIdMSB);
            if (message.tenantProfileIdLSB != null && $Object.hasOwnProperty.call(message, "tenantProfileIdLSB") && (typeof message.tenantProfileIdLSB === "object" ? message.tenantProfileIdLSB.low || message.tenantProfileIdLSB.high : message.tenantProfileIdLSB !== 0))
                writer.uint32(16).int64(message.tenantProfileIdLSB);
            if (message.apiUsageStateIdMSB != null && $Object.hasOwnProperty.call(message, "apiUsageStateIdMSB") && (typeof message.apiUsageStateIdMSB === "object" ? message.apiUsageStateIdMSB.low || message.apiUsageStateIdMSB.high : message.apiUsageStateIdMSB !== 0))
                writer.uint32(24).int64(message.apiUsageStateIdMSB);
            if (message.apiUsageStateIdLSB != null && $Object.hasOwnProperty.call(message, "apiUsageStateIdLSB") && (typeof message.apiUsageStateIdLSB === "object" ? message.apiUsageStateIdLSB.low || message.apiUsageStateIdLSB.high : message.apiUsageStateIdLSB !== 0))
                writer.uint32(32).int64(message.apiUsageStateIdLSB);
            if (message.createdTime != null && $Object.hasOwnProperty.call(message, "createdTime") && (typeof message.createdTime === "object" ? message.createdTime.low || message.createdTime.high : message.createdTime !== 0))
                writer.uint32(40).int64(message.createdTime);
            if (message.entityType != null && $Object.hasOwnProperty.call(message, "entityType") && message.entityType !== 0)
                writer.uint32(48).int32(message.entityType);
            if (message.entityIdMSB != null && $Object.hasOwnProperty.call(message, "entityIdMSB") && (typeof message.entityIdMSB === "object" ? message.entityIdMSB.low || message.entityIdMSB.high : message.entityIdMSB !== 0))
                writer.uint32(56).int64(message.entityIdMSB);
            if (message.entityIdLSB != null && $Object.hasOwnProperty.call(message, "entityIdLSB") && (typeof message.entityIdLSB === "object" ? message.entityIdLSB.low || message.entityIdLSB.high : message.entityIdLSB !== 0))
                writer.uint32(64).int64(message.entityIdLSB);
            if (message.transportState != null && $Object.hasOwnProperty.call(message, "transportState") && message.transportState !== "")
                writer.uint32(74).string(message.transportState);
            if (message.dbStorageState != null && $Object.hasOwnProperty.call(message, "dbStorageState") && message.dbStorageState !== "")
                writer.uint32(82).string(message.dbStorageState);
            if (message.reExecState != null && $Object.hasOwnProperty.call(message, "reExecState") && message.reExecState !== "")
                writer.uint32(90).string(message.reExecState);
            if (message.jsExecState != null && $Object.hasOwnProperty.call(message, "jsExecState") && message.jsExecState !== "")
                writer.uint32(98).string(message.jsExecState);
            if (message.tbelExecState != null && $Object.hasOwnProperty.call(message, "tbelExecState") && message.tbelExecState !== "")
                writer.uint32(106).string(message.tbelExecState);
            if (message.emailExecState != null && $Object.hasOwnProperty.call(message, "emailExecState") && message.emailExecState !== "")
                writer.uint32(114).string(message.emailExecState);
            if (message.smsExecState != null && $Object.hasOwnProperty.call(message, "smsExecState") && message.smsExecState !== "")
                writer.uint32(122).string(message.smsExecState);
            if (message.alarmExecState != null && $Object.hasOwnProperty.call(message, "alarmExecState") && message.alarmExecState !== "")
                writer.uint32(130).string(message.alarmExecState);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && (typeof message.version === "object" ? message.version.low || message.version.high : message.version !== 0))
                writer.uint32(136).int64(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ApiUsageStateProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.ApiUsageStateProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantProfileIdMSB = value;
                        else
                            delete message.tenantProfileIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantProfileIdLSB = value;
                        else
                            delete message.tenantProfileIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.apiUsageStateIdMSB = value;
                        else
                            delete message.apiUsageStateIdMSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.apiUsageStateIdLSB = value;
                        else
                            delete message.apiUsageStateIdLSB;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.createdTime = value;
                        else
                            delete message.createdTime;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.entityType = value;
                        else
                            delete message.entityType;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.entityIdMSB = value;
                        else
                            delete message.entityIdMSB;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.entityIdLSB = value;
                        else
                            delete message.entityIdLSB;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.transportState = value;
                        else
                            delete message.transportState;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.dbStorageState = value;
                        else
                            delete message.dbStorageState;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.reExecState = value;
                        else
                            delete message.reExecState;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.jsExecState = value;
                        else
                            delete message.jsExecState;
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.tbelExecState = value;
                        else
                            delete message.tbelExecState;
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.emailExecState = value;
                        else
                            delete message.emailExecState;
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.smsExecState = value;
                        else
                            delete message.smsExecState;
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.alarmExecState = value;
                        else
                            delete message.alarmExecState;
                        continue;
                    }
                case 17: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ApiUsageStateProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.ApiUsageStateProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.ApiUsageStateProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.ApiUsageStateProto();
            if (object.tenantProfileIdMSB != null)
                if (typeof object.tenantProfileIdMSB === "object" ? object.tenantProfileIdMSB.low || object.tenantProfileIdMSB.high : $Number(object.tenantProfileIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantProfileIdMSB = $util.Long.fromValue(object.tenantProfileIdMSB, false);
                    else if (typeof object.tenantProfileIdMSB === "string")
                        message.tenantProfileIdMSB = $parseInt(object.tenantProfileIdMSB, 10);
                    else if (typeof object.tenantProfileIdMSB === "number")
                        message.tenantProfileIdMSB = object.tenantProfileIdMSB;
                    else if (typeof object.tenantProfileIdMSB === "object")
                        message.tenantProfileIdMSB = new $util.LongBits(object.tenantProfileIdMSB.low >>> 0, object.tenantProfileIdMSB.high >>> 0).toNumber();
            if (object.tenantProfileIdLSB != null)
                if (typeof object.tenantProfileIdLSB === "object" ? object.tenantProfileIdLSB.low || object.tenantProfileIdLSB.high : $Number(object.tenantProfileIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantProfileIdLSB = $util.Long.fromValue(object.tenantProfileIdLSB, false);
                    else if (typeof object.tenantProfileIdLSB === "string")
                        message.tenantProfileIdLSB = $parseInt(object.tenantProfileIdLSB, 10);
                    else if (typeof object.tenantProfileIdLSB === "number")
                        message.tenantProfileIdLSB = object.tenantProfileIdLSB;
                    else if (typeof object.tenantProfileIdLSB === "object")
                        message.tenantProfileIdLSB = new $util.LongBits(object.tenantProfileIdLSB.low >>> 0, object.tenantProfileIdLSB.high >>> 0).toNumber();
            if (object.apiUsageStateIdMSB != null)
                if (typeof object.apiUsageStateIdMSB === "object" ? object.apiUsageStateIdMSB.low || object.apiUsageStateIdMSB.high : $Number(object.apiUsageStateIdMSB) !== 0)
                    if ($util.Long)
                        message.apiUsageStateIdMSB = $util.Long.fromValue(object.apiUsageStateIdMSB, false);
                    else if (typeof object.apiUsageStateIdMSB === "string")
                        message.apiUsageStateIdMSB = $parseInt(object.apiUsageStateIdMSB, 10);
                    else if (typeof object.apiUsageStateIdMSB === "number")
                        message.apiUsageStateIdMSB = object.apiUsageStateIdMSB;
                    else if (typeof object.apiUsageStateIdMSB === "object")
                        message.apiUsageStateIdMSB = new $util.LongBits(object.apiUsageStateIdMSB.low >>> 0, object.apiUsageStateIdMSB.high >>> 0).toNumber();
            if (object.apiUsageStateIdLSB != null)
                if (typeof object.apiUsageStateIdLSB === "object" ? object.apiUsageStateIdLSB.low || object.apiUsageStateIdLSB.high : $Number(object.apiUsageStateIdLSB) !== 0)
                    if ($util.Long)
                        message.apiUsageStateIdLSB = $util.Long.fromValue(object.apiUsageStateIdLSB, false);
                    else if (typeof object.apiUsageStateIdLSB === "string")
                        message.apiUsageStateIdLSB = $parseInt(object.apiUsageStateIdLSB, 10);
                    else if (typeof object.apiUsageStateIdLSB === "number")
                        message.apiUsageStateIdLSB = object.apiUsageStateIdLSB;
                    else if (typeof object.apiUsageStateIdLSB === "object")
                        message.apiUsageStateIdLSB = new $util.LongBits(object.apiUsageStateIdLSB.low >>> 0, object.apiUsageStateIdLSB.high >>> 0).toNumber();
            if (object.createdTime != null)
                if (typeof object.createdTime === "object" ? object.createdTime.low || object.createdTime.high : $Number(object.createdTime) !== 0)
                    if ($util.Long)
                        message.createdTime = $util.Long.fromValue(object.createdTime, false);
                    else if (typeof object.createdTime === "string")
                        message.createdTime = $parseInt(object.createdTime, 10);
                    else if (typeof object.createdTime === "number")
                        message.createdTime = object.createdTime;
                    else if (typeof object.createdTime === "object")
                        message.createdTime = new $util.LongBits(object.createdTime.low >>> 0, object.createdTime.high >>> 0).toNumber();
            if (object.entityType !== 0 && (typeof object.entityType !== "string" || $root.transport.EntityTypeProto[object.entityType] !== 0))
                switch (object.entityType) {
                case "UNSPECIFIED":
                case 0:
                    message.entityType = 0;
                    break;
                case "TENANT":
                case 1:
                    message.entityType = 1;
                    break;
                case "CUSTOMER":
                case 2:
                    message.entityType = 2;
                    break;
                case "USER":
                case 3:
                    message.entityType = 3;
                    break;
                case "DASHBOARD":
                case 4:
                    message.entityType = 4;
                    break;
                case "ASSET":
                case 5:
                    message.entityType = 5;
                    break;
                case "DEVICE":
                case 6:
                    message.entityType = 6;
                    break;
                case "ALARM":
                case 7:
                    message.entityType = 7;
                    break;
                case "RULE_CHAIN":
                case 11:
                    message.entityType = 11;
                    break;
                case "RULE_NODE":
                case 12:
                    message.entityType = 12;
                    break;
                case "ENTITY_VIEW":
                case 15:
                    message.entityType = 15;
                    break;
                case "WIDGETS_BUNDLE":
                case 16:
                    message.entityType = 16;
                    break;
                case "WIDGET_TYPE":
                case 17:
                    message.entityType = 17;
                    break;
                case "TENANT_PROFILE":
                case 20:
                    message.entityType = 20;
                    break;
                case "DEVICE_PROFILE":
                case 21:
                    message.entityType = 21;
                    break;
                case "ASSET_PROFILE":
                case 22:
                    message.entityType = 22;
                    break;
                case "API_USAGE_STATE":
                case 23:
                    message.entityType = 23;
                    break;
                case "TB_RESOURCE":
                case 24:
                    message.entityType = 24;
                    break;
                case "OTA_PACKAGE":
                case 25:
                    message.entityType = 25;
                    break;
                case "EDGE":
                case 26:
                    message.entityType = 26;
                    break;
                case "RPC":
                case 27:
                    message.entityType = 27;
                    break;
                case "QUEUE":
                case 28:
                    message.entityType = 28;
                    break;
                case "NOTIFICATION_TARGET":
                case 29:
                    message.entityType = 29;
                    break;
                case "NOTIFICATION_TEMPLATE":
                case 30:
                    message.entityType = 30;
                    break;
                case "NOTIFICATION_REQUEST":
                case 31:
                    message.entityType = 31;
                    break;
                case "NOTIFICATION":
                case 32:
                    message.entityType = 32;
                    break;
                case "NOTIFICATION_RULE":
                case 33:
                    message.entityType = 33;
                    break;
                case "QUEUE_STATS":
                case 34:
                    message.entityType = 34;
                    break;
                case "OAUTH2_CLIENT":
                case 35:
                    message.entityType = 35;
                    break;
                case "DOMAIN":
                case 36:
                    message.entityType = 36;
                    break;
                case "MOBILE_APP":
                case 37:
                    message.entityType = 37;
                    break;
                case "MOBILE_APP_BUNDLE":
                case 38:
                    message.entityType = 38;
                    break;
                case "CALCULATED_FIELD":
                case 39:
                    message.entityType = 39;
                    break;
                case "JOB":
                case 41:
                    message.entityType = 41;
                    break;
                case "ADMIN_SETTINGS":
                case 42:
                    message.entityType = 42;
                    break;
                case "AI_MODEL":
                case 43:
                    message.entityType = 43;
                    break;
                case "API_KEY":
                case 44:
                    message.entityType = 44;
                    break;
                default:
                    if (typeof object.entityType === "number" && (object.entityType | 0) === object.entityType)
                        message.entityType = object.entityType;
                }
            if (object.entityIdMSB != null)
                if (typeof object.entityIdMSB === "object" ? object.entityIdMSB.low || object.entityIdMSB.high : $Number(object.entityIdMSB) !== 0)
                    if ($util.Long)
                        message.entityIdMSB = $util.Long.fromValue(object.entityIdMSB, false);
                    else if (typeof object.entityIdMSB === "string")
                        message.entityIdMSB = $parseInt(object.entityIdMSB, 10);
                    else if (typeof object.entityIdMSB === "number")
                        message.entityIdMSB = object.entityIdMSB;
                    else if (typeof object.entityIdMSB === "object")
                        message.entityIdMSB = new $util.LongBits(object.entityIdMSB.low >>> 0, object.entityIdMSB.high >>> 0).toNumber();
            if (object.entityIdLSB != null)
                if (typeof object.entityIdLSB === "object" ? object.entityIdLSB.low || object.entityIdLSB.high : $Number(object.entityIdLSB) !== 0)
                    if ($util.Long)
                        message.entityIdLSB = $util.Long.fromValue(object.entityIdLSB, false);
                    else if (typeof object.entityIdLSB === "string")
                        message.entityIdLSB = $parseInt(object.entityIdLSB, 10);
                    else if (typeof object.entityIdLSB === "number")
                        message.entityIdLSB = object.entityIdLSB;
                    else if (typeof object.entityIdLSB === "object")
                        message.entityIdLSB = new $util.LongBits(object.entityIdLSB.low >>> 0, object.entityIdLSB.high >>> 0).toNumber();
            if (object.transportState != null)
                if (typeof object.transportState !== "string" || object.transportState.length)
                    message.transportState = $String(object.transportState);
            if (object.dbStorageState != null)
                if (typeof object.dbStorageState !== "string" || object.dbStorageState.length)
                    message.dbStorageState = $String(object.dbStorageState);
            if (object.reExecState != null)
                if (typeof object.reExecState !== "string" || object.reExecState.length)
                    message.reExecState = $String(object.reExecState);
            if (object.jsExecState != null)
                if (typeof object.jsExecState !== "string" || object.jsExecState.length)
                    message.jsExecState = $String(object.jsExecState);
            if (object.tbelExecState != null)
                if (typeof object.tbelExecState !== "string" || object.tbelExecState.length)
                    message.tbelExecState = $String(object.tbelExecState);
            if (object.emailExecState != null)
                if (typeof object.emailExecState !== "string" || object.emailExecState.length)
                    message.emailExecState = $String(object.emailExecState);
            if (object.smsExecState != null)
                if (typeof object.smsExecState !== "string" || object.smsExecState.length)
                    message.smsExecState = $String(object.smsExecState);
            if (object.alarmExecState != null)
                if (typeof object.alarmExecState !== "string" || object.alarmExecState.length)
                    message.alarmExecState = $String(object.alarmExecState);
            if (object.version != null)
                if (typeof object.version === "object" ? object.version.low || object.version.high : $Number(object.version) !== 0)
                    if ($util.Long)
                        message.version = $util.Long.fromValue(object.version, false);
                    else if (typeof object.version === "string")
                        message.version = $parseInt(object.version, 10);
                    else if (typeof object.version === "number")
                        message.version = object.version;
                    else if (typeof object.version === "object")
                        message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber();
            return message;
        };

        ApiUsageStateProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantProfileIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantProfileIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantProfileIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantProfileIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.apiUsageStateIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.apiUsageStateIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.apiUsageStateIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.apiUsageStateIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.createdTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.createdTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.entityType = options.enums === $String ? "UNSPECIFIED" : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.entityIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.entityIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.entityIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.entityIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.transportState = "";
                object.dbStorageState = "";
                object.reExecState = "";
                object.jsExecState = "";
                object.tbelExecState = "";
                object.emailExecState = "";
                object.smsExecState = "";
                object.alarmExecState = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.version = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.version = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.tenantProfileIdMSB != null && $Object.hasOwnProperty.call(message, "tenantProfileIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantProfileIdMSB = typeof message.tenantProfileIdMSB === "number" ? $BigInt(message.tenantProfileIdMSB) : $util.Long.fromBits(message.tenantProfileIdMSB.low >>> 0, message.tenantProfileIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantProfileIdMSB === "number")
                    object.tenantProfileIdMSB = options.longs === $String ? $String(message.tenantProfileIdMSB) : message.tenantProfileIdMSB;
                else
                    object.tenantProfileIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantProfileIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantProfileIdMSB.low >>> 0, message.tenantProfileIdMSB.high >>> 0).toNumber() : message.tenantProfileIdMSB;
            if (message.tenantProfileIdLSB != null && $Object.hasOwnProperty.call(message, "tenantProfileIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantProfileIdLSB = typeof message.tenantProfileIdLSB === "number" ? $BigInt(message.tenantProfileIdLSB) : $util.Long.fromBits(message.tenantProfileIdLSB.low >>> 0, message.tenantProfileIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantProfileIdLSB === "number")
                    object.tenantProfileIdLSB = options.longs === $String ? $String(message.tenantProfileIdLSB) : message.tenantProfileIdLSB;
                else
                    object.tenantProfileIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantProfileIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantProfileIdLSB.low >>> 0, message.tenantProfileIdLSB.high >>> 0).toNumber() : message.tenantProfileIdLSB;
            if (message.apiUsageStateIdMSB != null && $Object.hasOwnProperty.call(message, "apiUsageStateIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.apiUsageStateIdMSB = typeof message.apiUsageStateIdMSB === "number" ? $BigInt(message.apiUsageStateIdMSB) : $util.Long.fromBits(message.apiUsageStateIdMSB.low >>> 0, message.apiUsageStateIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.apiUsageStateIdMSB === "number")
                    object.apiUsageStateIdMSB = options.longs === $String ? $String(message.apiUsageStateIdMSB) : message.apiUsageStateIdMSB;
                else
                    object.apiUsageStateIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.apiUsageStateIdMSB) : options.longs === $Number ? new $util.LongBits(message.apiUsageStateIdMSB.low >>> 0, message.apiUsageStateIdMSB.high >>> 0).toNumber() : message.apiUsageStateIdMSB;
            if (message.apiUsageStateIdLSB != null && $Object.hasOwnProperty.call(message, "apiUsageStateIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.apiUsageStateIdLSB = typeof message.apiUsageStateIdLSB === "number" ? $BigInt(message.apiUsageStateIdLSB) : $util.Long.fromBits(message.apiUsageStateIdLSB.low >>> 0, message.apiUsageStateIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.apiUsageStateIdLSB === "number")
                    object.apiUsageStateIdLSB = options.longs === $String ? $String(message.apiUsageStateIdLSB) : message.apiUsageStateIdLSB;
                else
                    object.apiUsageStateIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.apiUsageStateIdLSB) : options.longs === $Number ? new $util.LongBits(message.apiUsageStateIdLSB.low >>> 0, message.apiUsageStateIdLSB.high >>> 0).toNumber() : message.apiUsageStateIdLSB;
            if (message.createdTime != null && $Object.hasOwnProperty.call(message, "createdTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.createdTime = typeof message.createdTime === "number" ? $BigInt(message.createdTime) : $util.Long.fromBits(message.createdTime.low >>> 0, message.createdTime.high >>> 0, false).toBigInt();
                else if (typeof message.createdTime === "number")
                    object.createdTime = options.longs === $String ? $String(message.createdTime) : message.createdTime;
                else
                    object.createdTime = options.longs === $String ? $util.Long.prototype.toString.call(message.createdTime) : options.longs === $Number ? new $util.LongBits(message.createdTime.low >>> 0, message.createdTime.high >>> 0).toNumber() : message.createdTime;
            if (message.entityType != null && $Object.hasOwnProperty.call(message, "entityType"))
                object.entityType = options.enums === $String ? $root.transport.EntityTypeProto[message.entityType] === $undefined ? message.entityType : $root.transport.EntityTypeProto[message.entityType] : message.entityType;
            if (message.entityIdMSB != null && $Object.hasOwnProperty.call(message, "entityIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.entityIdMSB = typeof message.entityIdMSB === "number" ? $BigInt(message.entityIdMSB) : $util.Long.fromBits(message.entityIdMSB.low >>> 0, message.entityIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.entityIdMSB === "number")
                    object.entityIdMSB = options.longs === $String ? $String(message.entityIdMSB) : message.entityIdMSB;
                else
                    object.entityIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.entityIdMSB) : options.longs === $Number ? new $util.LongBits(message.entityIdMSB.low >>> 0, message.entityIdMSB.high >>> 0).toNumber() : message.entityIdMSB;
            if (message.entityIdLSB != null && $Object.hasOwnProperty.call(message, "entityIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.entityIdLSB = typeof message.entityIdLSB === "number" ? $BigInt(message.entityIdLSB) : $util.Long.fromBits(message.entityIdLSB.low >>> 0, message.entityIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.entityIdLSB === "number")
                    object.entityIdLSB = options.longs === $String ? $String(message.entityIdLSB) : message.entityIdLSB;
                else
                    object.entityIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.entityIdLSB) : options.longs === $Number ? new $util.LongBits(message.entityIdLSB.low >>> 0, message.entityIdLSB.high >>> 0).toNumber() : message.entityIdLSB;
            if (message.transportState != null && $Object.hasOwnProperty.call(message, "transportState"))
                object.transportState = message.transportState;
            if (message.dbStorageState != null && $Object.hasOwnProperty.call(message, "dbStorageState"))
                object.dbStorageState = message.dbStorageState;
            if (message.reExecState != null && $Object.hasOwnProperty.call(message, "reExecState"))
                object.reExecState = message.reExecState;
            if (message.jsExecState != null && $Object.hasOwnProperty.call(message, "jsExecState"))
                object.jsExecState = message.jsExecState;
            if (message.tbelExecState != null && $Object.hasOwnProperty.call(message, "tbelExecState"))
                object.tbelExecState = message.tbelExecState;
            if (message.emailExecState != null && $Object.hasOwnProperty.call(message, "emailExecState"))
                object.emailExecState = message.emailExecState;
            if (message.smsExecState != null && $Object.hasOwnProperty.call(message, "smsExecState"))
                object.smsExecState = message.smsExecState;
            if (message.alarmExecState != null && $Object.hasOwnProperty.call(message, "alarmExecState"))
                object.alarmExecState = message.alarmExecState;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, false).toBigInt();
                else if (typeof message.version === "number")
                    object.version = options.longs === $String ? $String(message.version) : message.version;
                else
                    object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber() : message.version;
            return object;
        };

        ApiUsageStateProto.prototype.toJSON = function() {
            return ApiUsageStateProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        ApiUsageStateProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.ApiUsageStateProto";
        };

        return ApiUsageStateProto;
    })();

    transport.GetEntityProfileResponseMsg = (function() {

        const GetEntityProfileResponseMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        GetEntityProfileResponseMsg.prototype.entityType = "";
        GetEntityProfileResponseMsg.prototype.tenantProfile = null;
        GetEntityProfileResponseMsg.prototype.deviceProfile = null;
        GetEntityProfileResponseMsg.prototype.apiState = null;

        let $oneOfFields;

        $Object.defineProperty(GetEntityProfileResponseMsg.prototype, "data", {
            get: $util.oneOfGetter($oneOfFields = ["tenantProfile", "deviceProfile"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        GetEntityProfileResponseMsg.create = function(properties) {
            return new GetEntityProfileResponseMsg(properties);
        };

        GetEntityProfileResponseMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.entityType != null && $Object.hasOwnProperty.call(message, "entityType") && message.entityType !== "")
                writer.uint32(10).string(message.entityType);
            if (message.tenantProfile != null && $Object.hasOwnProperty.call(message, "tenantProfile"))
                $root.transport.TenantProfileProto.encode(message.tenantProfile, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.deviceProfile != null && $Object.hasOwnProperty.call(message, "deviceProfile"))
                $root.transport.DeviceProfileProto.encode(message.deviceProfile, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.apiState != null && $Object.hasOwnProperty.call(message, "apiState"))
                $root.transport.ApiUsageStateProto.encode(message.apiState, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        GetEntityProfileResponseMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.GetEntityProfileResponseMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.entityType = value;
                        else
                            delete message.entityType;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.tenantProfile = $root.transport.TenantProfileProto.decode(reader, reader.size(), $undefined, _depth + 1, message.tenantProfile);
                        message.data = "tenantProfile";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.deviceProfile = $root.transport.DeviceProfileProto.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceProfile);
                        message.data = "deviceProfile";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.apiState = $root.transport.ApiUsageStateProto.decode(reader, reader.size(), $undefined, _depth + 1, message.apiState);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        GetEntityProfileResponseMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.GetEntityProfileResponseMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.GetEntityProfileResponseMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.GetEntityProfileResponseMsg();
            if (object.entityType != null)
                if (typeof object.entityType !== "string" || object.entityType.length)
                    message.entityType = $String(object.entityType);
            if (object.tenantProfile != null) {
                if (!$util.isObject(object.tenantProfile))
                    throw $TypeError(".transport.GetEntityProfileResponseMsg.tenantProfile: object expected");
                message.tenantProfile = $root.transport.TenantProfileProto.fromObject(object.tenantProfile, _depth + 1);
            }
            if (object.deviceProfile != null) {
                if (!$util.isObject(object.deviceProfile))
                    throw $TypeError(".transport.GetEntityProfileResponseMsg.deviceProfile: object expected");
                message.deviceProfile = $root.transport.DeviceProfileProto.fromObject(object.deviceProfile, _depth + 1);
            }
            if (object.apiState != null) {
                if (!$util.isObject(object.apiState))
                    throw $TypeError(".transport.GetEntityProfileResponseMsg.apiState: object expected");
                message.apiState = $root.transport.ApiUsageStateProto.fromObject(object.apiState, _depth + 1);
            }
            return message;
        };

        GetEntityProfileResponseMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.entityType = "";
                object.apiState = null;
            }
            if (message.entityType != null && $Object.hasOwnProperty.call(message, "entityType"))
                object.entityType = message.entityType;
            if (message.tenantProfile != null && $Object.hasOwnProperty.call(message, "tenantProfile")) {
                object.tenantProfile = $root.transport.TenantProfileProto.toObject(message.tenantProfile, options, _depth + 1);
                if (options.oneofs)
                    object.data = "tenantProfile";
            }
            if (message.deviceProfile != null && $Object.hasOwnProperty.call(message, "deviceProfile")) {
                object.deviceProfile = $root.transport.DeviceProfileProto.toObject(message.deviceProfile, options, _depth + 1);
                if (options.oneofs)
                    object.data = "deviceProfile";
            }
            if (message.apiState != null && $Object.hasOwnProperty.call(message, "apiState"))
                object.apiState = $root.transport.ApiUsageStateProto.toObject(message.apiState, options, _depth + 1);
            return object;
        };

        GetEntityProfileResponseMsg.prototype.toJSON = function() {
            return GetEntityProfileResponseMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        GetEntityProfileResponseMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.GetEntityProfileResponseMsg";
        };

        return GetEntityProfileResponseMsg;
    })();

    transport.TbResourceProto = (function() {

        const TbResourceProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TbResourceProto.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbResourceProto.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbResourceProto.prototype.resourceIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbResourceProto.prototype.resourceIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbResourceProto.prototype.createdTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TbResourceProto.prototype.title = "";
        TbResourceProto.prototype.resourceType = "";
        TbResourceProto.prototype.resourceKey = "";
        TbResourceProto.prototype.isPublic = false;
        TbResourceProto.prototype.publicResourceKey = null;
        TbResourceProto.prototype.searchText = "";
        TbResourceProto.prototype.etag = null;
        TbResourceProto.prototype.fileName = "";
        TbResourceProto.prototype.resourceDescriptor = null;
        TbResourceProto.prototype.externalIdMSB = null;
        TbResourceProto.prototype.externalIdLSB = null;
        TbResourceProto.prototype.data = null;
        TbResourceProto.prototype.preview = null;
        TbResourceProto.prototype.resourceSubType = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TbResourceProto.prototype, "_publicResourceKey", {
            get: $util.oneOfGetter($oneOfFields = ["publicResourceKey"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TbResourceProto.prototype, "_etag", {
            get: $util.oneOfGetter($oneOfFields = ["etag"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TbResourceProto.prototype, "_resourceDescriptor", {
            get: $util.oneOfGetter($oneOfFields = ["resourceDescriptor"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TbResourceProto.prototype, "_externalIdMSB", {
            get: $util.oneOfGetter($oneOfFields = ["externalIdMSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TbResourceProto.prototype, "_externalIdLSB", {
            get: $util.oneOfGetter($oneOfFields = ["externalIdLSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TbResourceProto.prototype, "_data", {
            get: $util.oneOfGetter($oneOfFields = ["data"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TbResourceProto.prototype, "_preview", {
            get: $util.oneOfGetter($oneOfFields = ["preview"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TbResourceProto.prototype, "_resourceSubType", {
            get: $util.oneOfGetter($oneOfFields = ["resourceSubType"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        TbResourceProto.create = function(properties) {
            return new TbResourceProto(properties);
        };

        TbResourceProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(8).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(16).int64(message.tenantIdLSB);
            if (message.resourceIdMSB != null && $Object.hasOwnProperty.call(message, "resourceIdMSB") && (typeof message.resourceIdMSB === "object" ? message.resourceIdMSB.low || message.resourceIdMSB.high : message.resourceIdMSB !== 0))
                writer.uint32(24).int64(message.resourceIdMSB);
            if (message.resourceIdLSB != null && $Object.hasOwnProperty.call(message, "resourceIdLSB") && (typeof message.resourceIdLSB === "object" ? message.resourceIdLSB.low || message.resourceIdLSB.high : message.resourceIdLSB !== 0))
                writer.uint32(32).int64(message.resourceIdLSB);
            if (message.createdTime != null && $Object.hasOwnProperty.call(message, "createdTime") && (typeof message.createdTime === "object" ? message.createdTime.low || message.createdTime.high : message.createdTime !== 0))
                writer.uint32(40).int64(message.createdTime);
            if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                writer.uint32(50).string(message.title);
            if (message.resourceType != null && $Object.hasOwnProperty.call(message, "resourceType") && message.resourceType !== "")
                writer.uint32(58).string(message.resourceType);
            if (message.resourceKey != null && $Object.hasOwnProperty.call(message, "resourceKey") && message.resourceKey !== "")
                writer.uint32(66).string(message.resourceKey);
            if (message.isPublic != null && $Object.hasOwnProperty.call(message, "isPublic") && message.isPublic !== false)
                writer.uint32(72).bool(message.isPublic);
            if (message.publicResourceKey != null && $Object.hasOwnProperty.call(message, "publicResourceKey"))
                writer.uint32(82).string(message.publicResourceKey);
            if (message.searchText != null && $Object.hasOwnProperty.call(message, "searchText") && message.searchText !== "")
                writer.uint32(90).string(message.searchText);
            if (message.etag != null && $Object.hasOwnProperty.call(message, "etag"))
                writer.uint32(98).string(message.etag);
            if (message.fileName != null && $Object.hasOwnProperty.call(message, "fileName") && message.fileName !== "")
                writer.uint32(106).string(message.fileName);
            if (message.resourceDescriptor != null && $Object.hasOwnProperty.call(message, "resourceDescriptor"))
                writer.uint32(114).string(message.resourceDescriptor);
            if (message.externalIdMSB != null && $Object.hasOwnProperty.call(message, "externalIdMSB"))
                writer.uint32(120).int64(message.externalIdMSB);
            if (message.externalIdLSB != null && $Object.hasOwnProperty.call(message, "externalIdLSB"))
                writer.uint32(128).int64(message.externalIdLSB);
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                writer.uint32(138).bytes(message.data);
            if (message.preview != null && $Object.hasOwnProperty.call(message, "preview"))
                writer.uint32(146).bytes(message.preview);
            if (message.resourceSubType != null && $Object.hasOwnProperty.call(message, "resourceSubType"))
                writer.uint32(154).string(message.resourceSubType);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TbResourceProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.TbResourceProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdMSB = value;
                        else
                            delete message.tenantIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdLSB = value;
                        else
                            delete message.tenantIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.resourceIdMSB = value;
                        else
                            delete message.resourceIdMSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.resourceIdLSB = value;
                        else
                            delete message.resourceIdLSB;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.createdTime = value;
                        else
                            delete message.createdTime;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.title = value;
                        else
                            delete message.title;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.resourceType = value;
                        else
                            delete message.resourceType;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.resourceKey = value;
                        else
                            delete message.resourceKey;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.isPublic = value;
                        else
                            delete message.isPublic;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.publicResourceKey = reader.stringVerify();
                        message._publicResourceKey = "publicResourceKey";
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.searchText = value;
                        else
                            delete message.searchText;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.etag = reader.stringVerify();
                        message._etag = "etag";
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.fileName = value;
                        else
                            delete message.fileName;
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        message.resourceDescriptor = reader.stringVerify();
                        message._resourceDescriptor = "resourceDescriptor";
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        message.externalIdMSB = reader.int64();
                        message._externalIdMSB = "externalIdMSB";
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        message.externalIdLSB = reader.int64();
                        message._externalIdLSB = "externalIdLSB";
                        continue;
                    }
                case 17: {
                        if (wireType !== 2)
                            break;
                        message.data = reader.bytes();
                        message._data = "data";
                        continue;
                    }
                case 18: {
                        if (wireType !== 2)
                            break;
                        message.preview = reader.bytes();
                        message._preview = "preview";
                        continue;
                    }
                case 19: {
                        if (wireType !== 2)
                            break;
                        message.resourceSubType = reader.stringVerify();
                        message._resourceSubType = "resourceSubType";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TbResourceProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.TbResourceProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.TbResourceProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.TbResourceProto();
            if (object.tenantIdMSB != null)
                if (typeof object.tenantIdMSB === "object" ? object.tenantIdMSB.low || object.tenantIdMSB.high : $Number(object.tenantIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantIdMSB = $util.Long.fromValue(object.tenantIdMSB, false);
                    else if (typeof object.tenantIdMSB === "string")
                        message.tenantIdMSB = $parseInt(object.tenantIdMSB, 10);
                    else if (typeof object.tenantIdMSB === "number")
                        message.tenantIdMSB = object.tenantIdMSB;
                    else if (typeof object.tenantIdMSB === "object")
                        message.tenantIdMSB = new $util.LongBits(object.tenantIdMSB.low >>> 0, object.tenantIdMSB.high >>> 0).toNumber();
            if (object.tenantIdLSB != null)
                if (typeof object.tenantIdLSB === "object" ? object.tenantIdLSB.low || object.tenantIdLSB.high : $Number(object.tenantIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantIdLSB = $util.Long.fromValue(object.tenantIdLSB, false);
                    else if (typeof object.tenantIdLSB === "string")
                        message.tenantIdLSB = $parseInt(object.tenantIdLSB, 10);
                    else if (typeof object.tenantIdLSB === "number")
                        message.tenantIdLSB = object.tenantIdLSB;
                    else if (typeof object.tenantIdLSB === "object")
                        message.tenantIdLSB = new $util.LongBits(object.tenantIdLSB.low >>> 0, object.tenantIdLSB.high >>> 0).toNumber();
            if (object.resourceIdMSB != null)
                if (typeof object.resourceIdMSB === "object" ? object.resourceIdMSB.low || object.resourceIdMSB.high : $Number(object.resourceIdMSB) !== 0)
                    if ($util.Long)
                        message.resourceIdMSB = $util.Long.fromValue(object.resourceIdMSB, false);
                    else if (typeof object.resourceIdMSB === "string")
                        message.resourceIdMSB = $parseInt(object.resourceIdMSB, 10);
                    else if (typeof object.resourceIdMSB === "number")
                        message.resourceIdMSB = object.resourceIdMSB;
                    else if (typeof object.resourceIdMSB === "object")
                        message.resourceIdMSB = new $util.LongBits(object.resourceIdMSB.low >>> 0, object.resourceIdMSB.high >>> 0).toNumber();
            if (object.resourceIdLSB != null)
                if (typeof object.resourceIdLSB === "object" ? object.resourceIdLSB.low || object.resourceIdLSB.high : $Number(object.resourceIdLSB) !== 0)
                    if ($util.Long)
                        message.resourceIdLSB = $util.Long.fromValue(object.resourceIdLSB, false);
                    else if (typeof object.resourceIdLSB === "string")
                        message.resourceIdLSB = $parseInt(object.resourceIdLSB, 10);
                    else if (typeof object.resourceIdLSB === "number")
                        message.resourceIdLSB = object.resourceIdLSB;
                    else if (typeof object.resourceIdLSB === "object")
                        message.resourceIdLSB = new $util.LongBits(object.resourceIdLSB.low >>> 0, object.resourceIdLSB.high >>> 0).toNumber();
            if (object.createdTime != null)
                if (typeof object.createdTime === "object" ? object.createdTime.low || object.createdTime.high : $Number(object.createdTime) !== 0)
                    if ($util.Long)
                        message.createdTime = $util.Long.fromValue(object.createdTime, false);
                    else if (typeof object.createdTime === "string")
                        message.createdTime = $parseInt(object.createdTime, 10);
                    else if (typeof object.createdTime === "number")
                        message.createdTime = object.createdTime;
                    else if (typeof object.createdTime === "object")
                        message.createdTime = new $util.LongBits(object.createdTime.low >>> 0, object.createdTime.high >>> 0).toNumber();
            if (object.title != null)
                if (typeof object.title !== "string" || object.title.length)
                    message.title = $String(object.title);
            if (object.resourceType != null)
                if (typeof object.resourceType !== "string" || object.resourceType.length)
                    message.resourceType = $String(object.resourceType);
            if (object.resourceKey != null)
                if (typeof object.resourceKey !== "string" || object.resourceKey.length)
                    message.resourceKey = $String(object.resourceKey);
            if (object.isPublic != null)
                if (object.isPublic)
                    message.isPublic = $Boolean(object.isPublic);
            if (object.publicResourceKey != null)
                message.publicResourceKey = $String(object.publicResourceKey);
            if (object.searchText != null)
                if (typeof object.searchText !== "string" || object.searchText.length)
                    message.searchText = $String(object.searchText);
            if (object.etag != null)
                message.etag = $String(object.etag);
            if (object.fileName != null)
                if (typeof object.fileName !== "string" || object.fileName.length)
                    message.fileName = $String(object.fileName);
            if (object.resourceDescriptor != null)
                message.resourceDescriptor = $String(object.resourceDescriptor);
            if (object.externalIdMSB != null)
                if ($util.Long)
                    message.externalIdMSB = $util.Long.fromValue(object.externalIdMSB, false);
                else if (typeof object.externalIdMSB === "string")
                    message.externalIdMSB = $parseInt(object.externalIdMSB, 10);
                else if (typeof object.externalIdMSB === "number")
                    message.externalIdMSB = object.externalIdMSB;
                else if (typeof object.externalIdMSB === "object")
                    message.externalIdMSB = new $util.LongBits(object.externalIdMSB.low >>> 0, object.externalIdMSB.high >>> 0).toNumber();
            if (object.externalIdLSB != null)
                if ($util.Long)
                    message.externalIdLSB = $util.Long.fromValue(object.externalIdLSB, false);
                else if (typeof object.externalIdLSB === "string")
                    message.externalIdLSB = $parseInt(object.externalIdLSB, 10);
                else if (typeof object.externalIdLSB === "number")
                    message.externalIdLSB = object.externalIdLSB;
                else if (typeof object.externalIdLSB === "object")
                    message.externalIdLSB = new $util.LongBits(object.externalIdLSB.low >>> 0, object.externalIdLSB.high >>> 0).toNumber();
            if (object.data != null)
                if (typeof object.data === "string")
                    $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                else if (object.data.length >= 0)
                    message.data = object.data;
            if (object.preview != null)
                if (typeof object.preview === "string")
                    $util.base64.decode(object.preview, message.preview = $util.newBuffer($util.base64.length(object.preview)), 0);
                else if (object.preview.length >= 0)
                    message.preview = object.preview;
            if (object.resourceSubType != null)
                message.resourceSubType = $String(object.resourceSubType);
            return message;
        };

        TbResourceProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.resourceIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.resourceIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.resourceIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.resourceIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.createdTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.createdTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.title = "";
                object.resourceType = "";
                object.resourceKey = "";
                object.isPublic = false;
                object.searchText = "";
                object.fileName = "";
            }
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdMSB = typeof message.tenantIdMSB === "number" ? $BigInt(message.tenantIdMSB) : $util.Long.fromBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdMSB === "number")
                    object.tenantIdMSB = options.longs === $String ? $String(message.tenantIdMSB) : message.tenantIdMSB;
                else
                    object.tenantIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0).toNumber() : message.tenantIdMSB;
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdLSB = typeof message.tenantIdLSB === "number" ? $BigInt(message.tenantIdLSB) : $util.Long.fromBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdLSB === "number")
                    object.tenantIdLSB = options.longs === $String ? $String(message.tenantIdLSB) : message.tenantIdLSB;
                else
                    object.tenantIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0).toNumber() : message.tenantIdLSB;
            if (message.resourceIdMSB != null && $Object.hasOwnProperty.call(message, "resourceIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.resourceIdMSB = typeof message.resourceIdMSB === "number" ? $BigInt(message.resourceIdMSB) : $util.Long.fromBits(message.resourceIdMSB.low >>> 0, message.resourceIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.resourceIdMSB === "number")
                    object.resourceIdMSB = options.longs === $String ? $String(message.resourceIdMSB) : message.resourceIdMSB;
                else
                    object.resourceIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.resourceIdMSB) : options.longs === $Number ? new $util.LongBits(message.resourceIdMSB.low >>> 0, message.resourceIdMSB.high >>> 0).toNumber() : message.resourceIdMSB;
            if (message.resourceIdLSB != null && $Object.hasOwnProperty.call(message, "resourceIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.resourceIdLSB = typeof message.resourceIdLSB === "number" ? $BigInt(message.resourceIdLSB) : $util.Long.fromBits(message.resourceIdLSB.low >>> 0, message.resourceIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.resourceIdLSB === "number")
                    object.resourceIdLSB = options.longs === $String ? $String(message.resourceIdLSB) : message.resourceIdLSB;
                else
                    object.resourceIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.resourceIdLSB) : options.longs === $Number ? new $util.LongBits(message.resourceIdLSB.low >>> 0, message.resourceIdLSB.high >>> 0).toNumber() : message.resourceIdLSB;
            if (message.createdTime != null && $Object.hasOwnProperty.call(message, "createdTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.createdTime = typeof message.createdTime === "number" ? $BigInt(message.createdTime) : $util.Long.fromBits(message.createdTime.low >>> 0, message.createdTime.high >>> 0, false).toBigInt();
                else if (typeof message.createdTime === "number")
                    object.createdTime = options.longs === $String ? $String(message.createdTime) : message.createdTime;
                else
                    object.createdTime = options.longs === $String ? $util.Long.prototype.toString.call(message.createdTime) : options.longs === $Number ? new $util.LongBits(message.createdTime.low >>> 0, message.createdTime.high >>> 0).toNumber() : message.createdTime;
            if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                object.title = message.title;
            if (message.resourceType != null && $Object.hasOwnProperty.call(message, "resourceType"))
                object.resourceType = message.resourceType;
            if (message.resourceKey != null && $Object.hasOwnProperty.call(message, "resourceKey"))
                object.resourceKey = message.resourceKey;
            if (message.isPublic != null && $Object.hasOwnProperty.call(message, "isPublic"))
                object.isPublic = message.isPublic;
            if (message.publicResourceKey != null && $Object.hasOwnProperty.call(message, "publicResourceKey"))
                object.publicResourceKey = message.publicResourceKey;
            if (message.searchText != null && $Object.hasOwnProperty.call(message, "searchText"))
                object.searchText = message.searchText;
            if (message.etag != null && $Object.hasOwnProperty.call(message, "etag"))
                object.etag = message.etag;
            if (message.fileName != null && $Object.hasOwnProperty.call(message, "fileName"))
                object.fileName = message.fileName;
            if (message.resourceDescriptor != null && $Object.hasOwnProperty.call(message, "resourceDescriptor"))
                object.resourceDescriptor = message.resourceDescriptor;
            if (message.externalIdMSB != null && $Object.hasOwnProperty.call(message, "externalIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.externalIdMSB = typeof message.externalIdMSB === "number" ? $BigInt(message.externalIdMSB) : $util.Long.fromBits(message.externalIdMSB.low >>> 0, message.externalIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.externalIdMSB === "number")
                    object.externalIdMSB = options.longs === $String ? $String(message.externalIdMSB) : message.externalIdMSB;
                else
                    object.externalIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.externalIdMSB) : options.longs === $Number ? new $util.LongBits(message.externalIdMSB.low >>> 0, message.externalIdMSB.high >>> 0).toNumber() : message.externalIdMSB;
            if (message.externalIdLSB != null && $Object.hasOwnProperty.call(message, "externalIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.externalIdLSB = typeof message.externalIdLSB === "number" ? $BigInt(message.externalIdLSB) : $util.Long.fromBits(message.externalIdLSB.low >>> 0, message.externalIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.externalIdLSB === "number")
                    object.externalIdLSB = options.longs === $String ? $String(message.externalIdLSB) : message.externalIdLSB;
                else
                    object.externalIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.externalIdLSB) : options.longs === $Number ? new $util.LongBits(message.externalIdLSB.low >>> 0, message.externalIdLSB.high >>> 0).toNumber() : message.externalIdLSB;
            if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
            if (message.preview != null && $Object.hasOwnProperty.call(message, "preview"))
                object.preview = options.bytes === $String ? $util.base64.encode(message.preview, 0, message.preview.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.preview) : message.preview;
            if (message.resourceSubType != null && $Object.hasOwnProperty.call(message, "resourceSubType"))
                object.resourceSubType = message.resourceSubType;
            return object;
        };

        TbResourceProto.prototype.toJSON = function() {
            return TbResourceProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        TbResourceProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.TbResourceProto";
        };

        return TbResourceProto;
    })();

    transport.GetResourceResponseMsg = (function() {

        const GetResourceResponseMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        GetResourceResponseMsg.prototype.resource = null;

        GetResourceResponseMsg.create = function(properties) {
            return new GetResourceResponseMsg(properties);
        };

        GetResourceResponseMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.resource != null && $Object.hasOwnProperty.call(message, "resource"))
                $root.transport.TbResourceProto.encode(message.resource, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        GetResourceResponseMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.GetResourceResponseMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.resource = $root.transport.TbResourceProto.decode(reader, reader.size(), $undefined, _depth + 1, message.resource);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        GetResourceResponseMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.GetResourceResponseMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.GetResourceResponseMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.GetResourceResponseMsg();
            if (object.resource != null) {
                if (!$util.isObject(object.resource))
                    throw $TypeError(".transport.GetResourceResponseMsg.resource: object expected");
                message.resource = $root.transport.TbResourceProto.fromObject(object.resource, _depth + 1);
            }
            return message;
        };

        GetResourceResponseMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.resource = null;
            if (message.resource != null && $Object.hasOwnProperty.call(message, "resource"))
                object.resource = $root.transport.TbResourceProto.toObject(message.resource, options, _depth + 1);
            return object;
        };

        GetResourceResponseMsg.prototype.toJSON = function() {
            return GetResourceResponseMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        GetResourceResponseMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.GetResourceResponseMsg";
        };

        return GetResourceResponseMsg;
    })();

    transport.ResponseStatus = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "UNKNOWN"] = 0;
        values[valuesById[1] = "SUCCESS"] = 1;
        values[valuesById[2] = "NOT_FOUND"] = 2;
        values[valuesById[3] = "FAILURE"] = 3;
        return values;
    })();

    transport.GetOtaPackageResponseMsg = (function() {

        const GetOtaPackageResponseMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        GetOtaPackageResponseMsg.prototype.responseStatus = 0;
        GetOtaPackageResponseMsg.prototype.otaPackageIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        GetOtaPackageResponseMsg.prototype.otaPackageIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        GetOtaPackageResponseMsg.prototype.type = "";
        GetOtaPackageResponseMsg.prototype.title = "";
        GetOtaPackageResponseMsg.prototype.version = "";
        GetOtaPackageResponseMsg.prototype.contentType = "";
        GetOtaPackageResponseMsg.prototype.fileName = "";

        GetOtaPackageResponseMsg.create = function(properties) {
            return new GetOtaPackageResponseMsg(properties);
        };

        GetOtaPackageResponseMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.responseStatus != null && $Object.hasOwnProperty.call(message, "responseStatus") && message.responseStatus !== 0)
                writer.uint32(8).int32(message.responseStatus);
            if (message.otaPackageIdMSB != null && $Object.hasOwnProperty.call(message, "otaPackageIdMSB") && (typeof message.otaPackageIdMSB === "object" ? message.otaPackageIdMSB.low || message.otaPackageIdMSB.high : message.otaPackageIdMSB !== 0))
                writer.uint32(16).int64(message.otaPackageIdMSB);
            if (message.otaPackageIdLSB != null && $Object.hasOwnProperty.call(message, "otaPackageIdLSB") && (typeof message.otaPackageIdLSB === "object" ? message.otaPackageIdLSB.low || message.otaPackageIdLSB.high : message.otaPackageIdLSB !== 0))
                writer.uint32(24).int64(message.otaPackageIdLSB);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                writer.uint32(34).string(message.type);
            if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                writer.uint32(42).string(message.title);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                writer.uint32(50).string(message.version);
            if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType") && message.contentType !== "")
                writer.uint32(58).string(message.contentType);
            if (message.fileName != null && $Object.hasOwnProperty.call(message, "fileName") && message.fileName !== "")
                writer.uint32(66).string(message.fileName);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        GetOtaPackageResponseMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.GetOtaPackageResponseMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.responseStatus = value;
                        else
                            delete message.responseStatus;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.otaPackageIdMSB = value;
                        else
                            delete message.otaPackageIdMSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.otaPackageIdLSB = value;
                        else
                            delete message.otaPackageIdLSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.title = value;
                        else
                            delete message.title;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.version = value;
                        else
                            delete message.version;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.contentType = value;
                        else
                            delete message.contentType;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.fileName = value;
                        else
                            delete message.fileName;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        GetOtaPackageResponseMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.GetOtaPackageResponseMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.GetOtaPackageResponseMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.GetOtaPackageResponseMsg();
            if (object.responseStatus !== 0 && (typeof object.responseStatus !== "string" || $root.transport.ResponseStatus[object.responseStatus] !== 0))
                switch (object.responseStatus) {
                case "UNKNOWN":
                case 0:
                    message.responseStatus = 0;
                    break;
                case "SUCCESS":
                case 1:
                    message.responseStatus = 1;
                    break;
                case "NOT_FOUND":
                case 2:
                    message.responseStatus = 2;
                    break;
                case "FAILURE":
                case 3:
                    message.responseStatus = 3;
                    break;
                default:
                    if (typeof object.responseStatus === "number" && (object.responseStatus | 0) === object.responseStatus)
                        message.responseStatus = object.responseStatus;
                }
            if (object.otaPackageIdMSB != null)
                if (typeof object.otaPackageIdMSB === "object" ? object.otaPackageIdMSB.low || object.otaPackageIdMSB.high : $Number(object.otaPackageIdMSB) !== 0)
                    if ($util.Long)
                        message.otaPackageIdMSB = $util.Long.fromValue(object.otaPackageIdMSB, false);
                    else if (typeof object.otaPackageIdMSB === "string")
                        message.otaPackageIdMSB = $parseInt(object.otaPackageIdMSB, 10);
                    else if (typeof object.otaPackageIdMSB === "number")
                        message.otaPackageIdMSB = object.otaPackageIdMSB;
                    else if (typeof object.otaPackageIdMSB === "object")
                        message.otaPackageIdMSB = new $util.LongBits(object.otaPackageIdMSB.low >>> 0, object.otaPackageIdMSB.high >>> 0).toNumber();
            if (object.otaPackageIdLSB != null)
                if (typeof object.otaPackageIdLSB === "object" ? object.otaPackageIdLSB.low || object.otaPackageIdLSB.high : $Number(object.otaPackageIdLSB) !== 0)
                    if ($util.Long)
                        message.otaPackageIdLSB = $util.Long.fromValue(object.otaPackageIdLSB, false);
                    else if (typeof object.otaPackageIdLSB === "string")
                        message.otaPackageIdLSB = $parseInt(object.otaPackageIdLSB, 10);
                    else if (typeof object.otaPackageIdLSB === "number")
                        message.otaPackageIdLSB = object.otaPackageIdLSB;
                    else if (typeof object.otaPackageIdLSB === "object")
                        message.otaPackageIdLSB = new $util.LongBits(object.otaPackageIdLSB.low >>> 0, object.otaPackageIdLSB.high >>> 0).toNumber();
            if (object.type != null)
                if (typeof object.type !== "string" || object.type.length)
                    message.type = $String(object.type);
            if (object.title != null)
                if (typeof object.title !== "string" || object.title.length)
                    message.title = $String(object.title);
            if (object.version != null)
                if (typeof object.version !== "string" || object.version.length)
                    message.version = $String(object.version);
            if (object.contentType != null)
                if (typeof object.contentType !== "string" || object.contentType.length)
                    message.contentType = $String(object.contentType);
            if (object.fileName != null)
                if (typeof object.fileName !== "string" || object.fileName.length)
                    message.fileName = $String(object.fileName);
            return message;
        };

        GetOtaPackageResponseMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.responseStatus = options.enums === $String ? "UNKNOWN" : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.otaPackageIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.otaPackageIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.otaPackageIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.otaPackageIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.type = "";
                object.title = "";
                object.version = "";
                object.contentType = "";
                object.fileName = "";
            }
            if (message.responseStatus != null && $Object.hasOwnProperty.call(message, "responseStatus"))
                object.responseStatus = options.enums === $String ? $root.transport.ResponseStatus[message.responseStatus] === $undefined ? message.responseStatus : $root.transport.ResponseStatus[message.responseStatus] : message.responseStatus;
            if (message.otaPackageIdMSB != null && $Object.hasOwnProperty.call(message, "otaPackageIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.otaPackageIdMSB = typeof message.otaPackageIdMSB === "number" ? $BigInt(message.otaPackageIdMSB) : $util.Long.fromBits(message.otaPackageIdMSB.low >>> 0, message.otaPackageIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.otaPackageIdMSB === "number")
                    object.otaPackageIdMSB = options.longs === $String ? $String(message.otaPackageIdMSB) : message.otaPackageIdMSB;
                else
                    object.otaPackageIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.otaPackageIdMSB) : options.longs === $Number ? new $util.LongBits(message.otaPackageIdMSB.low >>> 0, message.otaPackageIdMSB.high >>> 0).toNumber() : message.otaPackageIdMSB;
            if (message.otaPackageIdLSB != null && $Object.hasOwnProperty.call(message, "otaPackageIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.otaPackageIdLSB = typeof message.otaPackageIdLSB === "number" ? $BigInt(message.otaPackageIdLSB) : $util.Long.fromBits(message.otaPackageIdLSB.low >>> 0, message.otaPackageIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.otaPackageIdLSB === "number")
                    object.otaPackageIdLSB = options.longs === $String ? $String(message.otaPackageIdLSB) : message.otaPackageIdLSB;
                else
                    object.otaPackageIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.otaPackageIdLSB) : options.longs === $Number ? new $util.LongBits(message.otaPackageIdLSB.low >>> 0, message.otaPackageIdLSB.high >>> 0).toNumber() : message.otaPackageIdLSB;
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                object.title = message.title;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                object.version = message.version;
            if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                object.contentType = message.contentType;
            if (message.fileName != null && $Object.hasOwnProperty.call(message, "fileName"))
                object.fileName = message.fileName;
            return object;
        };

        GetOtaPackageResponseMsg.prototype.toJSON = function() {
            return GetOtaPackageResponseMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        GetOtaPackageResponseMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.GetOtaPackageResponseMsg";
        };

        return GetOtaPackageResponseMsg;
    })();

    transport.GetQueueRoutingInfoResponseMsg = (function() {

        const GetQueueRoutingInfoResponseMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        GetQueueRoutingInfoResponseMsg.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        GetQueueRoutingInfoResponseMsg.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        GetQueueRoutingInfoResponseMsg.prototype.queueIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        GetQueueRoutingInfoResponseMsg.prototype.queueIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        GetQueueRoutingInfoResponseMsg.prototype.queueName = "";
        GetQueueRoutingInfoResponseMsg.prototype.queueTopic = "";
        GetQueueRoutingInfoResponseMsg.prototype.partitions = 0;
        GetQueueRoutingInfoResponseMsg.prototype.duplicateMsgToAllPartitions = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(GetQueueRoutingInfoResponseMsg.prototype, "_duplicateMsgToAllPartitions", {
            get: $util.oneOfGetter($oneOfFields = ["duplicateMsgToAllPartitions"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        GetQueueRoutingInfoResponseMsg.create = function(properties) {
            return new GetQueueRoutingInfoResponseMsg(properties);
        };

        GetQueueRoutingInfoResponseMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(8).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(16).int64(message.tenantIdLSB);
            if (message.queueIdMSB != null && $Object.hasOwnProperty.call(message, "queueIdMSB") && (typeof message.queueIdMSB === "object" ? message.queueIdMSB.low || message.queueIdMSB.high : message.queueIdMSB !== 0))
                writer.uint32(24).int64(message.queueIdMSB);
            if (message.queueIdLSB != null && $Object.hasOwnProperty.call(message, "queueIdLSB") && (typeof message.queueIdLSB === "object" ? message.queueIdLSB.low || message.queueIdLSB.high : message.queueIdLSB !== 0))
                writer.uint32(32).int64(message.queueIdLSB);
            if (message.queueName != null && $Object.hasOwnProperty.call(message, "queueName") && message.queueName !== "")
                writer.uint32(42).string(message.queueName);
            if (message.queueTopic != null && $Object.hasOwnProperty.call(message, "queueTopic") && message.queueTopic !== "")
                writer.uint32(50).string(message.queueTopic);
            if (message.partitions != null && $Object.hasOwnProperty.call(message, "partitions") && message.partitions !== 0)
                writer.uint32(56).int32(message.partitions);
            if (message.duplicateMsgToAllPartitions != null && $Object.hasOwnProperty.call(message, "duplicateMsgToAllPartitions"))
                writer.uint32(64).bool(message.duplicateMsgToAllPartitions);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        GetQueueRoutingInfoResponseMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.GetQueueRoutingInfoResponseMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdMSB = value;
                        else
                            delete message.tenantIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdLSB = value;
                        else
                            delete message.tenantIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.queueIdMSB = value;
                        else
                            delete message.queueIdMSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.queueIdLSB = value;
                        else
                            delete message.queueIdLSB;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.queueName = value;
                        else
                            delete message.queueName;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.queueTopic = value;
                        else
                            delete message.queueTopic;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.partitions = value;
                        else
                            delete message.partitions;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        message.duplicateMsgToAllPartitions = reader.bool();
                        message._duplicateMsgToAllPartitions = "duplicateMsgToAllPartitions";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        GetQueueRoutingInfoResponseMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.GetQueueRoutingInfoResponseMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.GetQueueRoutingInfoResponseMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.GetQueueRoutingInfoResponseMsg();
            if (object.tenantIdMSB != null)
                if (typeof object.tenantIdMSB === "object" ? object.tenantIdMSB.low || object.tenantIdMSB.high : $Number(object.tenantIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantIdMSB = $util.Long.fromValue(object.tenantIdMSB, false);
                    else if (typeof object.tenantIdMSB === "string")
                        message.tenantIdMSB = $parseInt(object.tenantIdMSB, 10);
                    else if (typeof object.tenantIdMSB === "number")
                        message.tenantIdMSB = object.tenantIdMSB;
                    else if (typeof object.tenantIdMSB === "object")
                        message.tenantIdMSB = new $util.LongBits(object.tenantIdMSB.low >>> 0, object.tenantIdMSB.high >>> 0).toNumber();
            if (object.tenantIdLSB != null)
                if (typeof object.tenantIdLSB === "object" ? object.tenantIdLSB.low || object.tenantIdLSB.high : $Number(object.tenantIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantIdLSB = $util.Long.fromValue(object.tenantIdLSB, false);
                    else if (typeof object.tenantIdLSB === "string")
                        message.tenantIdLSB = $parseInt(object.tenantIdLSB, 10);
                    else if (typeof object.tenantIdLSB === "number")
                        message.tenantIdLSB = object.tenantIdLSB;
                    else if (typeof object.tenantIdLSB === "object")
                        message.tenantIdLSB = new $util.LongBits(object.tenantIdLSB.low >>> 0, object.tenantIdLSB.high >>> 0).toNumber();
            if (object.queueIdMSB != null)
                if (typeof object.queueIdMSB === "object" ? object.queueIdMSB.low || object.queueIdMSB.high : $Number(object.queueIdMSB) !== 0)
                    if ($util.Long)
                        message.queueIdMSB = $util.Long.fromValue(object.queueIdMSB, false);
                    else if (typeof object.queueIdMSB === "string")
                        message.queueIdMSB = $parseInt(object.queueIdMSB, 10);
                    else if (typeof object.queueIdMSB === "number")
                        message.queueIdMSB = object.queueIdMSB;
                    else if (typeof object.queueIdMSB === "object")
                        message.queueIdMSB = new $util.LongBits(object.queueIdMSB.low >>> 0, object.queueIdMSB.high >>> 0).toNumber();
            if (object.queueIdLSB != null)
                if (typeof object.queueIdLSB === "object" ? object.queueIdLSB.low || object.queueIdLSB.high : $Number(object.queueIdLSB) !== 0)
                    if ($util.Long)
                        message.queueIdLSB = $util.Long.fromValue(object.queueIdLSB, false);
                    else if (typeof object.queueIdLSB === "string")
                        message.queueIdLSB = $parseInt(object.queueIdLSB, 10);
                    else if (typeof object.queueIdLSB === "number")
                        message.queueIdLSB = object.queueIdLSB;
                    else if (typeof object.queueIdLSB === "object")
                        message.queueIdLSB = new $util.LongBits(object.queueIdLSB.low >>> 0, object.queueIdLSB.high >>> 0).toNumber();
            if (object.queueName != null)
                if (typeof object.queueName !== "string" || object.queueName.length)
                    message.queueName = $String(object.queueName);
            if (object.queueTopic != null)
                if (typeof object.queueTopic !== "string" || object.queueTopic.length)
                    message.queueTopic = $String(object.queueTopic);
            if (object.partitions != null)
                if ($Number(object.partitions) !== 0)
                    message.partitions = object.partitions | 0;
            if (object.duplicateMsgToAllPartitions != null)
                message.duplicateMsgToAllPartitions = $Boolean(object.duplicateMsgToAllPartitions);
            return message;
        };

        GetQueueRoutingInfoResponseMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.queueIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.queueIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.queueIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.queueIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.queueName = "";
                object.queueTopic = "";
                object.partitions = 0;
            }
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdMSB = typeof message.tenantIdMSB === "number" ? $BigInt(message.tenantIdMSB) : $util.Long.fromBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdMSB === "number")
                    object.tenantIdMSB = options.longs === $String ? $String(message.tenantIdMSB) : message.tenantIdMSB;
                else
                    object.tenantIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0).toNumber() : message.tenantIdMSB;
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdLSB = typeof message.tenantIdLSB === "number" ? $BigInt(message.tenantIdLSB) : $util.Long.fromBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdLSB === "number")
                    object.tenantIdLSB = options.longs === $String ? $String(message.tenantIdLSB) : message.tenantIdLSB;
                else
                    object.tenantIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0).toNumber() : message.tenantIdLSB;
            if (message.queueIdMSB != null && $Object.hasOwnProperty.call(message, "queueIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.queueIdMSB = typeof message.queueIdMSB === "number" ? $BigInt(message.queueIdMSB) : $util.Long.fromBits(message.queueIdMSB.low >>> 0, message.queueIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.queueIdMSB === "number")
                    object.queueIdMSB = options.longs === $String ? $String(message.queueIdMSB) : message.queueIdMSB;
                else
                    object.queueIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.queueIdMSB) : options.longs === $Number ? new $util.LongBits(message.queueIdMSB.low >>> 0, message.queueIdMSB.high >>> 0).toNumber() : message.queueIdMSB;
            if (message.queueIdLSB != null && $Object.hasOwnProperty.call(message, "queueIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.queueIdLSB = typeof message.queueIdLSB === "number" ? $BigInt(message.queueIdLSB) : $util.Long.fromBits(message.queueIdLSB.low >>> 0, message.queueIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.queueIdLSB === "number")
                    object.queueIdLSB = options.longs === $String ? $String(message.queueIdLSB) : message.queueIdLSB;
                else
                    object.queueIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.queueIdLSB) : options.longs === $Number ? new $util.LongBits(message.queueIdLSB.low >>> 0, message.queueIdLSB.high >>> 0).toNumber() : message.queueIdLSB;
            if (message.queueName != null && $Object.hasOwnProperty.call(message, "queueName"))
                object.queueName = message.queueName;
            if (message.queueTopic != null && $Object.hasOwnProperty.call(message, "queueTopic"))
                object.queueTopic = message.queueTopic;
            if (message.partitions != null && $Object.hasOwnProperty.call(message, "partitions"))
                object.partitions = message.partitions;
            if (message.duplicateMsgToAllPartitions != null && $Object.hasOwnProperty.call(message, "duplicateMsgToAllPartitions"))
                object.duplicateMsgToAllPartitions = message.duplicateMsgToAllPartitions;
            return object;
        };

        GetQueueRoutingInfoResponseMsg.prototype.toJSON = function() {
            return GetQueueRoutingInfoResponseMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        GetQueueRoutingInfoResponseMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.GetQueueRoutingInfoResponseMsg";
        };

        return GetQueueRoutingInfoResponseMsg;
    })();

    transport.TransportApiResponseMsg = (function() {

        const TransportApiResponseMsg = function (properties) {
            this.getQueueRoutingInfoResponseMsgs = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TransportApiResponseMsg.prototype.validateCredResponseMsg = null;
        TransportApiResponseMsg.prototype.entityProfileResponseMsg = null;
        TransportApiResponseMsg.prototype.resourceResponseMsg = null;
        TransportApiResponseMsg.prototype.otaPackageResponseMsg = null;
        TransportApiResponseMsg.prototype.getQueueRoutingInfoResponseMsgs = $util.emptyArray;

        TransportApiResponseMsg.create = function(properties) {
            return new TransportApiResponseMsg(properties);
        };

        TransportApiResponseMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.validateCredResponseMsg != null && $Object.hasOwnProperty.call(message, "validateCredResponseMsg"))
                $root.transport.ValidateDeviceCredentialsResponseMsg.encode(message.validateCredResponseMsg, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.entityProfileResponseMsg != null && $Object.hasOwnProperty.call(message, "entityProfileResponseMsg"))
                $root.transport.GetEntityProfileResponseMsg.encode(message.entityProfileResponseMsg, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.resourceResponseMsg != null && $Object.hasOwnProperty.call(message, "resourceResponseMsg"))
                $root.transport.GetResourceResponseMsg.encode(message.resourceResponseMsg, writer.uint32(58).fork(), _depth + 1).ldelim();
            if (message.otaPackageResponseMsg != null && $Object.hasOwnProperty.call(message, "otaPackageResponseMsg"))
                $root.transport.GetOtaPackageResponseMsg.encode(message.otaPackageResponseMsg, writer.uint32(66).fork(), _depth + 1).ldelim();
            if (message.getQueueRoutingInfoResponseMsgs != null && message.getQueueRoutingInfoResponseMsgs.length)
                for (let i = 0; i < message.getQueueRoutingInfoResponseMsgs.length; ++i)
                    $root.transport.GetQueueRoutingInfoResponseMsg.encode(message.getQueueRoutingInfoResponseMsgs[i], writer.uint32(90).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TransportApiResponseMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.TransportApiResponseMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.validateCredResponseMsg = $root.transport.ValidateDeviceCredentialsResponseMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.validateCredResponseMsg);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.entityProfileResponseMsg = $root.transport.GetEntityProfileResponseMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.entityProfileResponseMsg);
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.resourceResponseMsg = $root.transport.GetResourceResponseMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.resourceResponseMsg);
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.otaPackageResponseMsg = $root.transport.GetOtaPackageResponseMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.otaPackageResponseMsg);
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if (!(message.getQueueRoutingInfoResponseMsgs && message.getQueueRoutingInfoResponseMsgs.length))
                            message.getQueueRoutingInfoResponseMsgs = [];
                        message.getQueueRoutingInfoResponseMsgs.push($root.transport.GetQueueRoutingInfoResponseMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TransportApiResponseMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.TransportApiResponseMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.TransportApiResponseMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.TransportApiResponseMsg();
            if (object.validateCredResponseMsg != null) {
                if (!$util.isObject(object.validateCredResponseMsg))
                    throw $TypeError(".transport.TransportApiResponseMsg.validateCredResponseMsg: object expected");
                message.validateCredResponseMsg = $root.transport.ValidateDeviceCredentialsResponseMsg.fromObject(object.validateCredResponseMsg, _depth + 1);
            }
            if (object.entityProfileResponseMsg != null) {
                if (!$util.isObject(object.entityProfileResponseMsg))
                    throw $TypeError(".transport.TransportApiResponseMsg.entityProfileResponseMsg: object expected");
                message.entityProfileResponseMsg = $root.transport.GetEntityProfileResponseMsg.fromObject(object.entityProfileResponseMsg, _depth + 1);
            }
            if (object.resourceResponseMsg != null) {
                if (!$util.isObject(object.resourceResponseMsg))
                    throw $TypeError(".transport.TransportApiResponseMsg.resourceResponseMsg: object expected");
                message.resourceResponseMsg = $root.transport.GetResourceResponseMsg.fromObject(object.resourceResponseMsg, _depth + 1);
            }
            if (object.otaPackageResponseMsg != null) {
                if (!$util.isObject(object.otaPackageResponseMsg))
                    throw $TypeError(".transport.TransportApiResponseMsg.otaPackageResponseMsg: object expected");
                message.otaPackageResponseMsg = $root.transport.GetOtaPackageResponseMsg.fromObject(object.otaPackageResponseMsg, _depth + 1);
            }
            if (object.getQueueRoutingInfoResponseMsgs) {
                if (!$Array.isArray(object.getQueueRoutingInfoResponseMsgs))
                    throw $TypeError(".transport.TransportApiResponseMsg.getQueueRoutingInfoResponseMsgs: array expected");
                message.getQueueRoutingInfoResponseMsgs = $Array(object.getQueueRoutingInfoResponseMsgs.length);
                for (let i = 0; i < object.getQueueRoutingInfoResponseMsgs.length; ++i) {
                    if (!$util.isObject(object.getQueueRoutingInfoResponseMsgs[i]))
                        throw $TypeError(".transport.TransportApiResponseMsg.getQueueRoutingInfoResponseMsgs: object expected");
                    message.getQueueRoutingInfoResponseMsgs[i] = $root.transport.GetQueueRoutingInfoResponseMsg.fromObject(object.getQueueRoutingInfoResponseMsgs[i], _depth + 1);
                }
            }
            return message;
        };

        TransportApiResponseMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.getQueueRoutingInfoResponseMsgs = [];
            if (options.defaults) {
                object.validateCredResponseMsg = null;
                object.entityProfileResponseMsg = null;
                object.resourceResponseMsg = null;
                object.otaPackageResponseMsg = null;
            }
            if (message.validateCredResponseMsg != null && $Object.hasOwnProperty.call(message, "validateCredResponseMsg"))
                object.validateCredResponseMsg = $root.transport.ValidateDeviceCredentialsResponseMsg.toObject(message.validateCredResponseMsg, options, _depth + 1);
            if (message.entityProfileResponseMsg != null && $Object.hasOwnProperty.call(message, "entityProfileResponseMsg"))
                object.entityProfileResponseMsg = $root.transport.GetEntityProfileResponseMsg.toObject(message.entityProfileResponseMsg, options, _depth + 1);
            if (message.resourceResponseMsg != null && $Object.hasOwnProperty.call(message, "resourceResponseMsg"))
                object.resourceResponseMsg = $root.transport.GetResourceResponseMsg.toObject(message.resourceResponseMsg, options, _depth + 1);
            if (message.otaPackageResponseMsg != null && $Object.hasOwnProperty.call(message, "otaPackageResponseMsg"))
                object.otaPackageResponseMsg = $root.transport.GetOtaPackageResponseMsg.toObject(message.otaPackageResponseMsg, options, _depth + 1);
            if (message.getQueueRoutingInfoResponseMsgs && message.getQueueRoutingInfoResponseMsgs.length) {
                object.getQueueRoutingInfoResponseMsgs = $Array(message.getQueueRoutingInfoResponseMsgs.length);
                for (let j = 0; j < message.getQueueRoutingInfoResponseMsgs.length; ++j)
                    object.getQueueRoutingInfoResponseMsgs[j] = $root.transport.GetQueueRoutingInfoResponseMsg.toObject(message.getQueueRoutingInfoResponseMsgs[j], options, _depth + 1);
            }
            return object;
        };

        TransportApiResponseMsg.prototype.toJSON = function() {
            return TransportApiResponseMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        TransportApiResponseMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.TransportApiResponseMsg";
        };

        return TransportApiResponseMsg;
    })();

    transport.SessionInfoProto = (function() {

        const SessionInfoProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SessionInfoProto.prototype.nodeId = "";
        SessionInfoProto.prototype.sessionIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SessionInfoProto.prototype.sessionIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SessionInfoProto.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SessionInfoProto.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SessionInfoProto.prototype.deviceIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SessionInfoProto.prototype.deviceIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SessionInfoProto.prototype.deviceName = "";
        SessionInfoProto.prototype.deviceType = "";
        SessionInfoProto.prototype.gwSessionIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SessionInfoProto.prototype.gwSessionIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SessionInfoProto.prototype.deviceProfileIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SessionInfoProto.prototype.deviceProfileIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SessionInfoProto.prototype.customerIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SessionInfoProto.prototype.customerIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SessionInfoProto.prototype.gatewayIdMSB = null;
        SessionInfoProto.prototype.gatewayIdLSB = null;
        SessionInfoProto.prototype.isGateway = false;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(SessionInfoProto.prototype, "_gatewayIdMSB", {
            get: $util.oneOfGetter($oneOfFields = ["gatewayIdMSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(SessionInfoProto.prototype, "_gatewayIdLSB", {
            get: $util.oneOfGetter($oneOfFields = ["gatewayIdLSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        SessionInfoProto.create = function(properties) {
            return new SessionInfoProto(properties);
        };

        SessionInfoProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                writer.uint32(10).string(message.nodeId);
            if (message.sessionIdMSB != null && $Object.hasOwnProperty.call(message, "sessionIdMSB") && (typeof message.sessionIdMSB === "object" ? message.sessionIdMSB.low || message.sessionIdMSB.high : message.sessionIdMSB !== 0))
                writer.uint32(16).int64(message.sessionIdMSB);
            if (message.sessionIdLSB != null && $Object.hasOwnProperty.call(message, "sessionIdLSB") && (typeof message.sessionIdLSB === "object" ? message.sessionIdLSB.low || message.sessionIdLSB.high : message.sessionIdLSB !== 0))
                writer.uint32(24).int64(message.sessionIdLSB);
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(32).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(40).int64(message.tenantIdLSB);
            if (message.deviceIdMSB != null && $Object.hasOwnProperty.call(message, "deviceIdMSB") && (typeof message.deviceIdMSB === "object" ? message.deviceIdMSB.low || message.deviceIdMSB.high : message.deviceIdMSB !== 0))
                writer.uint32(48).int64(message.deviceIdMSB);
            if (message.deviceIdLSB != null && $Object.hasOwnProperty.call(message, "deviceIdLSB") && (typeof message.deviceIdLSB === "object" ? message.deviceIdLSB.low || message.deviceIdLSB.high : message.deviceIdLSB !== 0))
                writer.uint32(56).int64(message.deviceIdLSB);
            if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName") && message.deviceName !== "")
                writer.uint32(66).string(message.deviceName);
            if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType") && message.deviceType !== "")
                writer.uint32(74).string(message.deviceType);
            if (message.gwSessionIdMSB != null && $Object.hasOwnProperty.call(message, "gwSessionIdMSB") && (typeof message.gwSessionIdMSB === "object" ? message.gwSessionIdMSB.low || message.gwSessionIdMSB.high : message.gwSessionIdMSB !== 0))
                writer.uint32(80).int64(message.gwSessionIdMSB);
            if (message.gwSessionIdLSB != null && $Object.hasOwnProperty.call(message, "gwSessionIdLSB") && (typeof message.gwSessionIdLSB === "object" ? message.gwSessionIdLSB.low || message.gwSessionIdLSB.high : message.gwSessionIdLSB !== 0))
                writer.uint32(88).int64(message.gwSessionIdLSB);
            if (message.deviceProfileIdMSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdMSB") && (typeof message.deviceProfileIdMSB === "object" ? message.deviceProfileIdMSB.low || message.deviceProfileIdMSB.high : message.deviceProfileIdMSB !== 0))
                writer.uint32(96).int64(message.deviceProfileIdMSB);
            if (message.deviceProfileIdLSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdLSB") && (typeof message.deviceProfileIdLSB === "object" ? message.deviceProfileIdLSB.low || message.deviceProfileIdLSB.high : message.deviceProfileIdLSB !== 0))
                writer.uint32(104).int64(message.deviceProfileIdLSB);
            if (message.customerIdMSB != null && $Object.hasOwnProperty.call(message, "customerIdMSB") && (typeof message.customerIdMSB === "object" ? message.customerIdMSB.low || message.customerIdMSB.high : message.customerIdMSB !== 0))
                writer.uint32(112).int64(message.customerIdMSB);
            if (message.customerIdLSB != null && $Object.hasOwnProperty.call(message, "customerIdLSB") && (typeof message.customerIdLSB === "object" ? message.customerIdLSB.low || message.customerIdLSB.high : message.customerIdLSB !== 0))
                writer.uint32(120).int64(message.customerIdLSB);
            if (message.gatewayIdMSB != null && $Object.hasOwnProperty.call(message, "gatewayIdMSB"))
                writer.uint32(128).int64(message.gatewayIdMSB);
            if (message.gatewayIdLSB != null && $Object.hasOwnProperty.call(message, "gatewayIdLSB"))
                writer.uint32(136).int64(message.gatewayIdLSB);
            if (message.isGateway != null && $Object.hasOwnProperty.call(message, "isGateway") && message.isGateway !== false)
                writer.uint32(144).bool(message.isGateway);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SessionInfoProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.SessionInfoProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.nodeId = value;
                        else
                            delete message.nodeId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.sessionIdMSB = value;
                        else
                            delete message.sessionIdMSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.sessionIdLSB = value;
                        else
                            delete message.sessionIdLSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdMSB = value;
                        else
                            delete message.tenantIdMSB;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdLSB = value;
                        else
                            delete message.tenantIdLSB;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceIdMSB = value;
                        else
                            delete message.deviceIdMSB;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceIdLSB = value;
                        else
                            delete message.deviceIdLSB;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.deviceName = value;
                        else
                            delete message.deviceName;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.deviceType = value;
                        else
                            delete message.deviceType;
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.gwSessionIdMSB = value;
                        else
                            delete message.gwSessionIdMSB;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.gwSessionIdLSB = value;
                        else
                            delete message.gwSessionIdLSB;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceProfileIdMSB = value;
                        else
                            delete message.deviceProfileIdMSB;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceProfileIdLSB = value;
                        else
                            delete message.deviceProfileIdLSB;
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.customerIdMSB = value;
                        else
                            delete message.customerIdMSB;
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.customerIdLSB = value;
                        else
                            delete message.customerIdLSB;
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        message.gatewayIdMSB = reader.int64();
                        message._gatewayIdMSB = "gatewayIdMSB";
                        continue;
                    }
                case 17: {
                        if (wireType !== 0)
                            break;
                        message.gatewayIdLSB = reader.int64();
                        message._gatewayIdLSB = "gatewayIdLSB";
                        continue;
                    }
                case 18: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.isGateway = value;
                        else
                            delete message.isGateway;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SessionInfoProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.SessionInfoProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.SessionInfoProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.SessionInfoProto();
            if (object.nodeId != null)
                if (typeof object.nodeId !== "string" || object.nodeId.length)
                    message.nodeId = $String(object.nodeId);
            if (object.sessionIdMSB != null)
                if (typeof object.sessionIdMSB === "object" ? object.sessionIdMSB.low || object.sessionIdMSB.high : $Number(object.sessionIdMSB) !== 0)
                    if ($util.Long)
                        message.sessionIdMSB = $util.Long.fromValue(object.sessionIdMSB, false);
                    else if (typeof object.sessionIdMSB === "string")
                        message.sessionIdMSB = $parseInt(object.sessionIdMSB, 10);
                    else if (typeof object.sessionIdMSB === "number")
                        message.sessionIdMSB = object.sessionIdMSB;
                    else if (typeof object.sessionIdMSB === "object")
                        message.sessionIdMSB = new $util.LongBits(object.sessionIdMSB.low >>> 0, object.sessionIdMSB.high >>> 0).toNumber();
            if (object.sessionIdLSB != null)
                if (typeof object.sessionIdLSB === "object" ? object.sessionIdLSB.low || object.sessionIdLSB.high : $Number(object.sessionIdLSB) !== 0)
                    if ($util.Long)
                        message.sessionIdLSB = $util.Long.fromValue(object.sessionIdLSB, false);
                    else if (typeof object.sessionIdLSB === "string")
                        message.sessionIdLSB = $parseInt(object.sessionIdLSB, 10);
                    else if (typeof object.sessionIdLSB === "number")
                        message.sessionIdLSB = object.sessionIdLSB;
                    else if (typeof object.sessionIdLSB === "object")
                        message.sessionIdLSB = new $util.LongBits(object.sessionIdLSB.low >>> 0, object.sessionIdLSB.high >>> 0).toNumber();
            if (object.tenantIdMSB != null)
                if (typeof object.tenantIdMSB === "object" ? object.tenantIdMSB.low || object.tenantIdMSB.high : $Number(object.tenantIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantIdMSB = $util.Long.fromValue(object.tenantIdMSB, false);
                    else if (typeof object.tenantIdMSB === "string")
                        message.tenantIdMSB = $parseInt(object.tenantIdMSB, 10);
                    else if (typeof object.tenantIdMSB === "number")
                        message.tenantIdMSB = object.tenantIdMSB;
                    else if (typeof object.tenantIdMSB === "object")
                        message.tenantIdMSB = new $util.LongBits(object.tenantIdMSB.low >>> 0, object.tenantIdMSB.high >>> 0).toNumber();
            if (object.tenantIdLSB != null)
                if (typeof object.tenantIdLSB === "object" ? object.tenantIdLSB.low || object.tenantIdLSB.high : $Number(object.tenantIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantIdLSB = $util.Long.fromValue(object.tenantIdLSB, false);
                    else if (typeof object.tenantIdLSB === "string")
                        message.tenantIdLSB = $parseInt(object.tenantIdLSB, 10);
                    else if (typeof object.tenantIdLSB === "number")
                        message.tenantIdLSB = object.tenantIdLSB;
                    else if (typeof object.tenantIdLSB === "object")
                        message.tenantIdLSB = new $util.LongBits(object.tenantIdLSB.low >>> 0, object.tenantIdLSB.high >>> 0).toNumber();
            if (object.deviceIdMSB != null)
                if (typeof object.deviceIdMSB === "object" ? object.deviceIdMSB.low || object.deviceIdMSB.high : $Number(object.deviceIdMSB) !== 0)
                    if ($util.Long)
                        message.deviceIdMSB = $util.Long.fromValue(object.deviceIdMSB, false);
                    else if (typeof object.deviceIdMSB === "string")
                        message.deviceIdMSB = $parseInt(object.deviceIdMSB, 10);
                    else if (typeof object.deviceIdMSB === "number")
                        message.deviceIdMSB = object.deviceIdMSB;
                    else if (typeof object.deviceIdMSB === "object")
                        message.deviceIdMSB = new $util.LongBits(object.deviceIdMSB.low >>> 0, object.deviceIdMSB.high >>> 0).toNumber();
            if (object.deviceIdLSB != null)
                if (typeof object.deviceIdLSB === "object" ? object.deviceIdLSB.low || object.deviceIdLSB.high : $Number(object.deviceIdLSB) !== 0)
                    if ($util.Long)
                        message.deviceIdLSB = $util.Long.fromValue(object.deviceIdLSB, false);
                    else if (typeof object.deviceIdLSB === "string")
                        message.deviceIdLSB = $parseInt(object.deviceIdLSB, 10);
                    else if (typeof object.deviceIdLSB === "number")
                        message.deviceIdLSB = object.deviceIdLSB;
                    else if (typeof object.deviceIdLSB === "object")
                        message.deviceIdLSB = new $util.LongBits(object.deviceIdLSB.low >>> 0, object.deviceIdLSB.high >>> 0).toNumber();
            if (object.deviceName != null)
                if (typeof object.deviceName !== "string" || object.deviceName.length)
                    message.deviceName = $String(object.deviceName);
            if (object.deviceType != null)
                if (typeof object.deviceType !== "string" || object.deviceType.length)
                    message.deviceType = $String(object.deviceType);
            if (object.gwSessionIdMSB != null)
                if (typeof object.gwSessionIdMSB === "object" ? object.gwSessionIdMSB.low || object.gwSessionIdMSB.high : $Number(object.gwSessionIdMSB) !== 0)
                    if ($util.Long)
                        message.gwSessionIdMSB = $util.Long.fromValue(object.gwSessionIdMSB, false);
                    else if (typeof object.gwSessionIdMSB === "string")
                        message.gwSessionIdMSB = $parseInt(object.gwSessionIdMSB, 10);
                    else if (typeof object.gwSessionIdMSB === "number")
                        message.gwSessionIdMSB = object.gwSessionIdMSB;
                    else if (typeof object.gwSessionIdMSB === "object")
                        message.gwSessionIdMSB = new $util.LongBits(object.gwSessionIdMSB.low >>> 0, object.gwSessionIdMSB.high >>> 0).toNumber();
            if (object.gwSessionIdLSB != null)
                if (typeof object.gwSessionIdLSB === "object" ? object.gwSessionIdLSB.low || object.gwSessionIdLSB.high : $Number(object.gwSessionIdLSB) !== 0)
                    if ($util.Long)
                        message.gwSessionIdLSB = $util.Long.fromValue(object.gwSessionIdLSB, false);
                    else if (typeof object.gwSessionIdLSB === "string")
                        message.gwSessionIdLSB = $parseInt(object.gwSessionIdLSB, 10);
                    else if (typeof object.gwSessionIdLSB === "number")
                        message.gwSessionIdLSB = object.gwSessionIdLSB;
                    else if (typeof object.gwSessionIdLSB === "object")
                        message.gwSessionIdLSB = new $util.LongBits(object.gwSessionIdLSB.low >>> 0, object.gwSessionIdLSB.high >>> 0).toNumber();
            if (object.deviceProfileIdMSB != null)
                if (typeof object.deviceProfileIdMSB === "object" ? object.deviceProfileIdMSB.low || object.deviceProfileIdMSB.high : $Number(object.deviceProfileIdMSB) !== 0)
                    if ($util.Long)
                        message.deviceProfileIdMSB = $util.Long.fromValue(object.deviceProfileIdMSB, false);
                    else if (typeof object.deviceProfileIdMSB === "string")
                        message.deviceProfileIdMSB = $parseInt(object.deviceProfileIdMSB, 10);
                    else if (typeof object.deviceProfileIdMSB === "number")
                        message.deviceProfileIdMSB = object.deviceProfileIdMSB;
                    else if (typeof object.deviceProfileIdMSB === "object")
                        message.deviceProfileIdMSB = new $util.LongBits(object.deviceProfileIdMSB.low >>> 0, object.deviceProfileIdMSB.high >>> 0).toNumber();
            if (object.deviceProfileIdLSB != null)
                if (typeof object.deviceProfileIdLSB === "object" ? object.deviceProfileIdLSB.low || object.deviceProfileIdLSB.high : $Number(object.deviceProfileIdLSB) !== 0)
                    if ($util.Long)
                        message.deviceProfileIdLSB = $util.Long.fromValue(object.deviceProfileIdLSB, false);
                    else if (typeof object.deviceProfileIdLSB === "string")
                        message.deviceProfileIdLSB = $parseInt(object.deviceProfileIdLSB, 10);
                    else if (typeof object.deviceProfileIdLSB === "number")
                        message.deviceProfileIdLSB = object.deviceProfileIdLSB;
                    else if (typeof object.deviceProfileIdLSB === "object")
                        message.deviceProfileIdLSB = new $util.LongBits(object.deviceProfileIdLSB.low >>> 0, object.deviceProfileIdLSB.high >>> 0).toNumber();
            if (object.customerIdMSB != null)
                if (typeof object.customerIdMSB === "object" ? object.customerIdMSB.low || object.customerIdMSB.high : $Number(object.customerIdMSB) !== 0)
                    if ($util.Long)
                        message.customerIdMSB = $util.Long.fromValue(object.customerIdMSB, false);
                    else if (typeof object.customerIdMSB === "string")
                        message.customerIdMSB = $parseInt(object.customerIdMSB, 10);
                    else if (typeof object.customerIdMSB === "number")
                        message.customerIdMSB = object.customerIdMSB;
                    else if (typeof object.customerIdMSB === "object")
                        message.customerIdMSB = new $util.LongBits(object.customerIdMSB.low >>> 0, object.customerIdMSB.high >>> 0).toNumber();
            if (object.customerIdLSB != null)
                if (typeof object.customerIdLSB === "object" ? object.customerIdLSB.low || object.customerIdLSB.high : $Number(object.customerIdLSB) !== 0)
                    if ($util.Long)
                        message.customerIdLSB = $util.Long.fromValue(object.customerIdLSB, false);
                    else if (typeof object.customerIdLSB === "string")
                        message.customerIdLSB = $parseInt(object.customerIdLSB, 10);
                    else if (typeof object.customerIdLSB === "number")
                        message.customerIdLSB = object.customerIdLSB;
                    else if (typeof object.customerIdLSB === "object")
                        message.customerIdLSB = new $util.LongBits(object.customerIdLSB.low >>> 0, object.customerIdLSB.high >>> 0).toNumber();
            if (object.gatewayIdMSB != null)
                if ($util.Long)
                    message.gatewayIdMSB = $util.Long.fromValue(object.gatewayIdMSB, false);
                else if (typeof object.gatewayIdMSB === "string")
                    message.gatewayIdMSB = $parseInt(object.gatewayIdMSB, 10);
                else if (typeof object.gatewayIdMSB === "number")
                    message.gatewayIdMSB = object.gatewayIdMSB;
                else if (typeof object.gatewayIdMSB === "object")
                    message.gatewayIdMSB = new $util.LongBits(object.gatewayIdMSB.low >>> 0, object.gatewayIdMSB.high >>> 0).toNumber();
            if (object.gatewayIdLSB != null)
                if ($util.Long)
                    message.gatewayIdLSB = $util.Long.fromValue(object.gatewayIdLSB, false);
                else if (typeof object.gatewayIdLSB === "string")
                    message.gatewayIdLSB = $parseInt(object.gatewayIdLSB, 10);
                else if (typeof object.gatewayIdLSB === "number")
                    message.gatewayIdLSB = object.gatewayIdLSB;
                else if (typeof object.gatewayIdLSB === "object")
                    message.gatewayIdLSB = new $util.LongBits(object.gatewayIdLSB.low >>> 0, object.gatewayIdLSB.high >>> 0).toNumber();
            if (object.isGateway != null)
                if (object.isGateway)
                    message.isGateway = $Boolean(object.isGateway);
            return message;
        };

        SessionInfoProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.nodeId = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.sessionIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.sessionIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.sessionIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.sessionIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.deviceName = "";
                object.deviceType = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.gwSessionIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.gwSessionIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.gwSessionIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.gwSessionIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceProfileIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceProfileIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceProfileIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceProfileIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.customerIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.customerIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.customerIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.customerIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.isGateway = false;
            }
            if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                object.nodeId = message.nodeId;
            if (message.sessionIdMSB != null && $Object.hasOwnProperty.call(message, "sessionIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.sessionIdMSB = typeof message.sessionIdMSB === "number" ? $BigInt(message.sessionIdMSB) : $util.Long.fromBits(message.sessionIdMSB.low >>> 0, message.sessionIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.sessionIdMSB === "number")
                    object.sessionIdMSB = options.longs === $String ? $String(message.sessionIdMSB) : message.sessionIdMSB;
                else
                    object.sessionIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.sessionIdMSB) : options.longs === $Number ? new $util.LongBits(message.sessionIdMSB.low >>> 0, message.sessionIdMSB.high >>> 0).toNumber() : message.sessionIdMSB;
            if (message.sessionIdLSB != null && $Object.hasOwnProperty.call(message, "sessionIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.sessionIdLSB = typeof message.sessionIdLSB === "number" ? $BigInt(message.sessionIdLSB) : $util.Long.fromBits(message.sessionIdLSB.low >>> 0, message.sessionIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.sessionIdLSB === "number")
                    object.sessionIdLSB = options.longs === $String ? $String(message.sessionIdLSB) : message.sessionIdLSB;
                else
                    object.sessionIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.sessionIdLSB) : options.longs === $Number ? new $util.LongBits(message.sessionIdLSB.low >>> 0, message.sessionIdLSB.high >>> 0).toNumber() : message.sessionIdLSB;
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdMSB = typeof message.tenantIdMSB === "number" ? $BigInt(message.tenantIdMSB) : $util.Long.fromBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdMSB === "number")
                    object.tenantIdMSB = options.longs === $String ? $String(message.tenantIdMSB) : message.tenantIdMSB;
                else
                    object.tenantIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0).toNumber() : message.tenantIdMSB;
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdLSB = typeof message.tenantIdLSB === "number" ? $BigInt(message.tenantIdLSB) : $util.Long.fromBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdLSB === "number")
                    object.tenantIdLSB = options.longs === $String ? $String(message.tenantIdLSB) : message.tenantIdLSB;
                else
                    object.tenantIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0).toNumber() : message.tenantIdLSB;
            if (message.deviceIdMSB != null && $Object.hasOwnProperty.call(message, "deviceIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceIdMSB = typeof message.deviceIdMSB === "number" ? $BigInt(message.deviceIdMSB) : $util.Long.fromBits(message.deviceIdMSB.low >>> 0, message.deviceIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceIdMSB === "number")
                    object.deviceIdMSB = options.longs === $String ? $String(message.deviceIdMSB) : message.deviceIdMSB;
                else
                    object.deviceIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceIdMSB) : options.longs === $Number ? new $util.LongBits(message.deviceIdMSB.low >>> 0, message.deviceIdMSB.high >>> 0).toNumber() : message.deviceIdMSB;
            if (message.deviceIdLSB != null && $Object.hasOwnProperty.call(message, "deviceIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceIdLSB = typeof message.deviceIdLSB === "number" ? $BigInt(message.deviceIdLSB) : $util.Long.fromBits(message.deviceIdLSB.low >>> 0, message.deviceIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceIdLSB === "number")
                    object.deviceIdLSB = options.longs === $String ? $String(message.deviceIdLSB) : message.deviceIdLSB;
                else
                    object.deviceIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceIdLSB) : options.longs === $Number ? new $util.LongBits(message.deviceIdLSB.low >>> 0, message.deviceIdLSB.high >>> 0).toNumber() : message.deviceIdLSB;
            if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName"))
                object.deviceName = message.deviceName;
            if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType"))
                object.deviceType = message.deviceType;
            if (message.gwSessionIdMSB != null && $Object.hasOwnProperty.call(message, "gwSessionIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.gwSessionIdMSB = typeof message.gwSessionIdMSB === "number" ? $BigInt(message.gwSessionIdMSB) : $util.Long.fromBits(message.gwSessionIdMSB.low >>> 0, message.gwSessionIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.gwSessionIdMSB === "number")
                    object.gwSessionIdMSB = options.longs === $String ? $String(message.gwSessionIdMSB) : message.gwSessionIdMSB;
                else
                    object.gwSessionIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.gwSessionIdMSB) : options.longs === $Number ? new $util.LongBits(message.gwSessionIdMSB.low >>> 0, message.gwSessionIdMSB.high >>> 0).toNumber() : message.gwSessionIdMSB;
            if (message.gwSessionIdLSB != null && $Object.hasOwnProperty.call(message, "gwSessionIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.gwSessionIdLSB = typeof message.gwSessionIdLSB === "number" ? $BigInt(message.gwSessionIdLSB) : $util.Long.fromBits(message.gwSessionIdLSB.low >>> 0, message.gwSessionIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.gwSessionIdLSB === "number")
                    object.gwSessionIdLSB = options.longs === $String ? $String(message.gwSessionIdLSB) : message.gwSessionIdLSB;
                else
                    object.gwSessionIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.gwSessionIdLSB) : options.longs === $Number ? new $util.LongBits(message.gwSessionIdLSB.low >>> 0, message.gwSessionIdLSB.high >>> 0).toNumber() : message.gwSessionIdLSB;
            if (message.deviceProfileIdMSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceProfileIdMSB = typeof message.deviceProfileIdMSB === "number" ? $BigInt(message.deviceProfileIdMSB) : $util.Long.fromBits(message.deviceProfileIdMSB.low >>> 0, message.deviceProfileIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceProfileIdMSB === "number")
                    object.deviceProfileIdMSB = options.longs === $String ? $String(message.deviceProfileIdMSB) : message.deviceProfileIdMSB;
                else
                    object.deviceProfileIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceProfileIdMSB) : options.longs === $Number ? new $util.LongBits(message.deviceProfileIdMSB.low >>> 0, message.deviceProfileIdMSB.high >>> 0).toNumber() : message.deviceProfileIdMSB;
            if (message.deviceProfileIdLSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceProfileIdLSB = typeof message.deviceProfileIdLSB === "number" ? $BigInt(message.deviceProfileIdLSB) : $util.Long.fromBits(message.deviceProfileIdLSB.low >>> 0, message.deviceProfileIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceProfileIdLSB === "number")
                    object.deviceProfileIdLSB = options.longs === $String ? $String(message.deviceProfileIdLSB) : message.deviceProfileIdLSB;
                else
                    object.deviceProfileIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceProfileIdLSB) : options.longs === $Number ? new $util.LongBits(message.deviceProfileIdLSB.low >>> 0, message.deviceProfileIdLSB.high >>> 0).toNumber() : message.deviceProfileIdLSB;
            if (message.customerIdMSB != null && $Object.hasOwnProperty.call(message, "customerIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.customerIdMSB = typeof message.customerIdMSB === "number" ? $BigInt(message.customerIdMSB) : $util.Long.fromBits(message.customerIdMSB.low >>> 0, message.customerIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.customerIdMSB === "number")
                    object.customerIdMSB = options.longs === $String ? $String(message.customerIdMSB) : message.customerIdMSB;
                else
                    object.customerIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.customerIdMSB) : options.longs === $Number ? new $util.LongBits(message.customerIdMSB.low >>> 0, message.customerIdMSB.high >>> 0).toNumber() : message.customerIdMSB;
            if (message.customerIdLSB != null && $Object.hasOwnProperty.call(message, "customerIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.customerIdLSB = typeof message.customerIdLSB === "number" ? $BigInt(message.customerIdLSB) : $util.Long.fromBits(message.customerIdLSB.low >>> 0, message.customerIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.customerIdLSB === "number")
                    object.customerIdLSB = options.longs === $String ? $String(message.customerIdLSB) : message.customerIdLSB;
                else
                    object.customerIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.customerIdLSB) : options.longs === $Number ? new $util.LongBits(message.customerIdLSB.low >>> 0, message.customerIdLSB.high >>> 0).toNumber() : message.customerIdLSB;
            if (message.gatewayIdMSB != null && $Object.hasOwnProperty.call(message, "gatewayIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.gatewayIdMSB = typeof message.gatewayIdMSB === "number" ? $BigInt(message.gatewayIdMSB) : $util.Long.fromBits(message.gatewayIdMSB.low >>> 0, message.gatewayIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.gatewayIdMSB === "number")
                    object.gatewayIdMSB = options.longs === $String ? $String(message.gatewayIdMSB) : message.gatewayIdMSB;
                else
                    object.gatewayIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.gatewayIdMSB) : options.longs === $Number ? new $util.LongBits(message.gatewayIdMSB.low >>> 0, message.gatewayIdMSB.high >>> 0).toNumber() : message.gatewayIdMSB;
            if (message.gatewayIdLSB != null && $Object.hasOwnProperty.call(message, "gatewayIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.gatewayIdLSB = typeof message.gatewayIdLSB === "number" ? $BigInt(message.gatewayIdLSB) : $util.Long.fromBits(message.gatewayIdLSB.low >>> 0, message.gatewayIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.gatewayIdLSB === "number")
                    object.gatewayIdLSB = options.longs === $String ? $String(message.gatewayIdLSB) : message.gatewayIdLSB;
                else
                    object.gatewayIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.gatewayIdLSB) : options.longs === $Number ? new $util.LongBits(message.gatewayIdLSB.low >>> 0, message.gatewayIdLSB.high >>> 0).toNumber() : message.gatewayIdLSB;
            if (message.isGateway != null && $Object.hasOwnProperty.call(message, "isGateway"))
                object.isGateway = message.isGateway;
            return object;
        };

        SessionInfoProto.prototype.toJSON = function() {
            return SessionInfoProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        SessionInfoProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.SessionInfoProto";
        };

        return SessionInfoProto;
    })();

    transport.SessionType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "SYNC"] = 0;
        values[valuesById[1] = "ASYNC"] = 1;
        return values;
    })();

    transport.SessionEvent = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "OPEN"] = 0;
        values[valuesById[1] = "CLOSED"] = 1;
        return values;
    })();

    transport.SessionEventMsg = (function() {

        const SessionEventMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SessionEventMsg.prototype.sessionType = 0;
        SessionEventMsg.prototype.event = 0;

        SessionEventMsg.create = function(properties) {
            return new SessionEventMsg(properties);
        };

        SessionEventMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.sessionType != null && $Object.hasOwnProperty.call(message, "sessionType") && message.sessionType !== 0)
                writer.uint32(8).int32(message.sessionType);
            if (message.event != null && $Object.hasOwnProperty.call(message, "event") && message.event !== 0)
                writer.uint32(16).int32(message.event);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SessionEventMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.SessionEventMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.sessionType = value;
                        else
                            delete message.sessionType;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.event = value;
                        else
                            delete message.event;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SessionEventMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.SessionEventMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.SessionEventMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.SessionEventMsg();
            if (object.sessionType !== 0 && (typeof object.sessionType !== "string" || $root.transport.SessionType[object.sessionType] !== 0))
                switch (object.sessionType) {
                case "SYNC":
                case 0:
                    message.sessionType = 0;
                    break;
                case "ASYNC":
                case 1:
                    message.sessionType = 1;
                    break;
                default:
                    if (typeof object.sessionType === "number" && (object.sessionType | 0) === object.sessionType)
                        message.sessionType = object.sessionType;
                }
            if (object.event !== 0 && (typeof object.event !== "string" || $root.transport.SessionEvent[object.event] !== 0))
                switch (object.event) {
                case "OPEN":
                case 0:
                    message.event = 0;
                    break;
                case "CLOSED":
                case 1:
                    message.event = 1;
                    break;
                default:
                    if (typeof object.event === "number" && (object.event | 0) === object.event)
                        message.event = object.event;
                }
            return message;
        };

        SessionEventMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.sessionType = options.enums === $String ? "SYNC" : 0;
                object.event = options.enums === $String ? "OPEN" : 0;
            }
            if (message.sessionType != null && $Object.hasOwnProperty.call(message, "sessionType"))
                object.sessionType = options.enums === $String ? $root.transport.SessionType[message.sessionType] === $undefined ? message.sessionType : $root.transport.SessionType[message.sessionType] : message.sessionType;
            if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                object.event = options.enums === $String ? $root.transport.SessionEvent[message.event] === $undefined ? message.event : $root.transport.SessionEvent[message.event] : message.event;
            return object;
        };

        SessionEventMsg.prototype.toJSON = function() {
            return SessionEventMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        SessionEventMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.SessionEventMsg";
        };

        return SessionEventMsg;
    })();

    transport.GetAttributeRequestMsg = (function() {

        const GetAttributeRequestMsg = function (properties) {
            this.clientAttributeNames = [];
            this.sharedAttributeNames = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        GetAttributeRequestMsg.prototype.requestId = 0;
        GetAttributeRequestMsg.prototype.clientAttributeNames = $util.emptyArray;
        GetAttributeRequestMsg.prototype.sharedAttributeNames = $util.emptyArray;
        GetAttributeRequestMsg.prototype.onlyShared = false;

        GetAttributeRequestMsg.create = function(properties) {
            return new GetAttributeRequestMsg(properties);
        };

        GetAttributeRequestMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                writer.uint32(8).int32(message.requestId);
            if (message.clientAttributeNames != null && message.clientAttributeNames.length)
                for (let i = 0; i < message.clientAttributeNames.length; ++i)
                    writer.uint32(18).string(message.clientAttributeNames[i]);
            if (message.sharedAttributeNames != null && message.sharedAttributeNames.length)
                for (let i = 0; i < message.sharedAttributeNames.length; ++i)
                    writer.uint32(26).string(message.sharedAttributeNames[i]);
            if (message.onlyShared != null && $Object.hasOwnProperty.call(message, "onlyShared") && message.onlyShared !== false)
                writer.uint32(32).bool(message.onlyShared);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        GetAttributeRequestMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.GetAttributeRequestMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.requestId = value;
                        else
                            delete message.requestId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.clientAttributeNames && message.clientAttributeNames.length))
                            message.clientAttributeNames = [];
                        message.clientAttributeNames.push(reader.stringVerify());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.sharedAttributeNames && message.sharedAttributeNames.length))
                            message.sharedAttributeNames = [];
                        message.sharedAttributeNames.push(reader.stringVerify());
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.onlyShared = value;
                        else
                            delete message.onlyShared;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        GetAttributeRequestMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.GetAttributeRequestMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.GetAttributeRequestMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.GetAttributeRequestMsg();
            if (object.requestId != null)
                if ($Number(object.requestId) !== 0)
                    message.requestId = object.requestId | 0;
            if (object.clientAttributeNames) {
                if (!$Array.isArray(object.clientAttributeNames))
                    throw $TypeError(".transport.GetAttributeRequestMsg.clientAttributeNames: array expected");
                message.clientAttributeNames = $Array(object.clientAttributeNames.length);
                for (let i = 0; i < object.clientAttributeNames.length; ++i)
                    message.clientAttributeNames[i] = $String(object.clientAttributeNames[i]);
            }
            if (object.sharedAttributeNames) {
                if (!$Array.isArray(object.sharedAttributeNames))
                    throw $TypeError(".transport.GetAttributeRequestMsg.sharedAttributeNames: array expected");
                message.sharedAttributeNames = $Array(object.sharedAttributeNames.length);
                for (let i = 0; i < object.sharedAttributeNames.length; ++i)
                    message.sharedAttributeNames[i] = $String(object.sharedAttributeNames[i]);
            }
            if (object.onlyShared != null)
                if (object.onlyShared)
                    message.onlyShared = $Boolean(object.onlyShared);
            return message;
        };

        GetAttributeRequestMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.clientAttributeNames = [];
                object.sharedAttributeNames = [];
            }
            if (options.defaults) {
                object.requestId = 0;
                object.onlyShared = false;
            }
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                object.requestId = message.requestId;
            if (message.clientAttributeNames && message.clientAttributeNames.length) {
                object.clientAttributeNames = $Array(message.clientAttributeNames.length);
                for (let j = 0; j < message.clientAttributeNames.length; ++j)
                    object.clientAttributeNames[j] = message.clientAttributeNames[j];
            }
            if (message.sharedAttributeNames && message.sharedAttributeNames.length) {
                object.sharedAttributeNames = $Array(message.sharedAttributeNames.length);
                for (let j = 0; j < message.sharedAttributeNames.length; ++j)
                    object.sharedAttributeNames[j] = message.sharedAttributeNames[j];
            }
            if (message.onlyShared != null && $Object.hasOwnProperty.call(message, "onlyShared"))
                object.onlyShared = message.onlyShared;
            return object;
        };

        GetAttributeRequestMsg.prototype.toJSON = function() {
            return GetAttributeRequestMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        GetAttributeRequestMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.GetAttributeRequestMsg";
        };

        return GetAttributeRequestMsg;
    })();

    transport.SubscribeToAttributeUpdatesMsg = (function() {

        const SubscribeToAttributeUpdatesMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SubscribeToAttributeUpdatesMsg.prototype.unsubscribe = false;
        SubscribeToAttributeUpdatesMsg.prototype.sessionType = 0;

        SubscribeToAttributeUpdatesMsg.create = function(properties) {
            return new SubscribeToAttributeUpdatesMsg(properties);
        };

        SubscribeToAttributeUpdatesMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.unsubscribe != null && $Object.hasOwnProperty.call(message, "unsubscribe") && message.unsubscribe !== false)
                writer.uint32(8).bool(message.unsubscribe);
            if (message.sessionType != null && $Object.hasOwnProperty.call(message, "sessionType") && message.sessionType !== 0)
                writer.uint32(16).int32(message.sessionType);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SubscribeToAttributeUpdatesMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.SubscribeToAttributeUpdatesMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.unsubscribe = value;
                        else
                            delete message.unsubscribe;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.sessionType = value;
                        else
                            delete message.sessionType;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SubscribeToAttributeUpdatesMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.SubscribeToAttributeUpdatesMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.SubscribeToAttributeUpdatesMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.SubscribeToAttributeUpdatesMsg();
            if (object.unsubscribe != null)
                if (object.unsubscribe)
                    message.unsubscribe = $Boolean(object.unsubscribe);
            if (object.sessionType !== 0 && (typeof object.sessionType !== "string" || $root.transport.SessionType[object.sessionType] !== 0))
                switch (object.sessionType) {
                case "SYNC":
                case 0:
                    message.sessionType = 0;
                    break;
                case "ASYNC":
                case 1:
                    message.sessionType = 1;
                    break;
                default:
                    if (typeof object.sessionType === "number" && (object.sessionType | 0) === object.sessionType)
                        message.sessionType = object.sessionType;
                }
            return message;
        };

        SubscribeToAttributeUpdatesMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.unsubscribe = false;
                object.sessionType = options.enums === $String ? "SYNC" : 0;
            }
            if (message.unsubscribe != null && $Object.hasOwnProperty.call(message, "unsubscribe"))
                object.unsubscribe = message.unsubscribe;
            if (message.sessionType != null && $Object.hasOwnProperty.call(message, "sessionType"))
                object.sessionType = options.enums === $String ? $root.transport.SessionType[message.sessionType] === $undefined ? message.sessionType : $root.transport.SessionType[message.sessionType] : message.sessionType;
            return object;
        };

        SubscribeToAttributeUpdatesMsg.prototype.toJSON = function() {
            return SubscribeToAttributeUpdatesMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        SubscribeToAttributeUpdatesMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.SubscribeToAttributeUpdatesMsg";
        };

        return SubscribeToAttributeUpdatesMsg;
    })();

    transport.SubscribeToRPCMsg = (function() {

        const SubscribeToRPCMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SubscribeToRPCMsg.prototype.unsubscribe = false;
        SubscribeToRPCMsg.prototype.sessionType = 0;

        SubscribeToRPCMsg.create = function(properties) {
            return new SubscribeToRPCMsg(properties);
        };

        SubscribeToRPCMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.unsubscribe != null && $Object.hasOwnProperty.call(message, "unsubscribe") && message.unsubscribe !== false)
                writer.uint32(8).bool(message.unsubscribe);
            if (message.sessionType != null && $Object.hasOwnProperty.call(message, "sessionType") && message.sessionType !== 0)
                writer.uint32(16).int32(message.sessionType);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SubscribeToRPCMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.SubscribeToRPCMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.unsubscribe = value;
                        else
                            delete message.unsubscribe;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.sessionType = value;
                        else
                            delete message.sessionType;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SubscribeToRPCMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.SubscribeToRPCMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.SubscribeToRPCMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.SubscribeToRPCMsg();
            if (object.unsubscribe != null)
                if (object.unsubscribe)
                    message.unsubscribe = $Boolean(object.unsubscribe);
            if (object.sessionType !== 0 && (typeof object.sessionType !== "string" || $root.transport.SessionType[object.sessionType] !== 0))
                switch (object.sessionType) {
                case "SYNC":
                case 0:
                    message.sessionType = 0;
                    break;
                case "ASYNC":
                case 1:
                    message.sessionType = 1;
                    break;
                default:
                    if (typeof object.sessionType === "number" && (object.sessionType | 0) === object.sessionType)
                        message.sessionType = object.sessionType;
                }
            return message;
        };

        SubscribeToRPCMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.unsubscribe = false;
                object.sessionType = options.enums === $String ? "SYNC" : 0;
            }
            if (message.unsubscribe != null && $Object.hasOwnProperty.call(message, "unsubscribe"))
                object.unsubscribe = message.unsubscribe;
            if (message.sessionType != null && $Object.hasOwnProperty.call(message, "sessionType"))
                object.sessionType = options.enums === $String ? $root.transport.SessionType[message.sessionType] === $undefined ? message.sessionType : $root.transport.SessionType[message.sessionType] : message.sessionType;
            return object;
        };

        SubscribeToRPCMsg.prototype.toJSON = function() {
            return SubscribeToRPCMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        SubscribeToRPCMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.SubscribeToRPCMsg";
        };

        return SubscribeToRPCMsg;
    })();

    transport.ToDeviceRpcResponseMsg = (function() {

        const ToDeviceRpcResponseMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ToDeviceRpcResponseMsg.prototype.requestId = 0;
        ToDeviceRpcResponseMsg.prototype.payload = "";
        ToDeviceRpcResponseMsg.prototype.error = "";

        ToDeviceRpcResponseMsg.create = function(properties) {
            return new ToDeviceRpcResponseMsg(properties);
        };

        ToDeviceRpcResponseMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                writer.uint32(8).int32(message.requestId);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload !== "")
                writer.uint32(18).string(message.payload);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                writer.uint32(26).string(message.error);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ToDeviceRpcResponseMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.ToDeviceRpcResponseMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.requestId = value;
                        else
                            delete message.requestId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.error = value;
                        else
                            delete message.error;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ToDeviceRpcResponseMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.ToDeviceRpcResponseMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.ToDeviceRpcResponseMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.ToDeviceRpcResponseMsg();
            if (object.requestId != null)
                if ($Number(object.requestId) !== 0)
                    message.requestId = object.requestId | 0;
            if (object.payload != null)
                if (typeof object.payload !== "string" || object.payload.length)
                    message.payload = $String(object.payload);
            if (object.error != null)
                if (typeof object.error !== "string" || object.error.length)
                    message.error = $String(object.error);
            return message;
        };

        ToDeviceRpcResponseMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.requestId = 0;
                object.payload = "";
                object.error = "";
            }
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                object.requestId = message.requestId;
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                object.payload = message.payload;
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                object.error = message.error;
            return object;
        };

        ToDeviceRpcResponseMsg.prototype.toJSON = function() {
            return ToDeviceRpcResponseMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ToDeviceRpcResponseMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.ToDeviceRpcResponseMsg";
        };

        return ToDeviceRpcResponseMsg;
    })();

    transport.SubscriptionInfoProto = (function() {

        const SubscriptionInfoProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SubscriptionInfoProto.prototype.lastActivityTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SubscriptionInfoProto.prototype.attributeSubscription = false;
        SubscriptionInfoProto.prototype.rpcSubscription = false;

        SubscriptionInfoProto.create = function(properties) {
            return new SubscriptionInfoProto(properties);
        };

        SubscriptionInfoProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.lastActivityTime != null && $Object.hasOwnProperty.call(message, "lastActivityTime") && (typeof message.lastActivityTime === "object" ? message.lastActivityTime.low || message.lastActivityTime.high : message.lastActivityTime !== 0))
                writer.uint32(8).int64(message.lastActivityTime);
            if (message.attributeSubscription != null && $Object.hasOwnProperty.call(message, "attributeSubscription") && message.attributeSubscription !== false)
                writer.uint32(16).bool(message.attributeSubscription);
            if (message.rpcSubscription != null && $Object.hasOwnProperty.call(message, "rpcSubscription") && message.rpcSubscription !== false)
                writer.uint32(24).bool(message.rpcSubscription);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SubscriptionInfoProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.SubscriptionInfoProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.lastActivityTime = value;
                        else
                            delete message.lastActivityTime;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.attributeSubscription = value;
                        else
                            delete message.attributeSubscription;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.rpcSubscription = value;
                        else
                            delete message.rpcSubscription;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SubscriptionInfoProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.SubscriptionInfoProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.SubscriptionInfoProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.SubscriptionInfoProto();
            if (object.lastActivityTime != null)
                if (typeof object.lastActivityTime === "object" ? object.lastActivityTime.low || object.lastActivityTime.high : $Number(object.lastActivityTime) !== 0)
                    if ($util.Long)
                        message.lastActivityTime = $util.Long.fromValue(object.lastActivityTime, false);
                    else if (typeof object.lastActivityTime === "string")
                        message.lastActivityTime = $parseInt(object.lastActivityTime, 10);
                    else if (typeof object.lastActivityTime === "number")
                        message.lastActivityTime = object.lastActivityTime;
                    else if (typeof object.lastActivityTime === "object")
                        message.lastActivityTime = new $util.LongBits(object.lastActivityTime.low >>> 0, object.lastActivityTime.high >>> 0).toNumber();
            if (object.attributeSubscription != null)
                if (object.attributeSubscription)
                    message.attributeSubscription = $Boolean(object.attributeSubscription);
            if (object.rpcSubscription != null)
                if (object.rpcSubscription)
                    message.rpcSubscription = $Boolean(object.rpcSubscription);
            return message;
        };

        SubscriptionInfoProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.lastActivityTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.lastActivityTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.attributeSubscription = false;
                object.rpcSubscription = false;
            }
            if (message.lastActivityTime != null && $Object.hasOwnProperty.call(message, "lastActivityTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.lastActivityTime = typeof message.lastActivityTime === "number" ? $BigInt(message.lastActivityTime) : $util.Long.fromBits(message.lastActivityTime.low >>> 0, message.lastActivityTime.high >>> 0, false).toBigInt();
                else if (typeof message.lastActivityTime === "number")
                    object.lastActivityTime = options.longs === $String ? $String(message.lastActivityTime) : message.lastActivityTime;
                else
                    object.lastActivityTime = options.longs === $String ? $util.Long.prototype.toString.call(message.lastActivityTime) : options.longs === $Number ? new $util.LongBits(message.lastActivityTime.low >>> 0, message.lastActivityTime.high >>> 0).toNumber() : message.lastActivityTime;
            if (message.attributeSubscription != null && $Object.hasOwnProperty.call(message, "attributeSubscription"))
                object.attributeSubscription = message.attributeSubscription;
            if (message.rpcSubscription != null && $Object.hasOwnProperty.call(message, "rpcSubscription"))
                object.rpcSubscription = message.rpcSubscription;
            return object;
        };

        SubscriptionInfoProto.prototype.toJSON = function() {
            return SubscriptionInfoProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        SubscriptionInfoProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.SubscriptionInfoProto";
        };

        return SubscriptionInfoProto;
    })();

    transport.ToDeviceRpcResponseStatusMsg = (function() {

        const ToDeviceRpcResponseStatusMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ToDeviceRpcResponseStatusMsg.prototype.requestId = 0;
        ToDeviceRpcResponseStatusMsg.prototype.requestIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ToDeviceRpcResponseStatusMsg.prototype.requestIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ToDeviceRpcResponseStatusMsg.prototype.status = "";

        ToDeviceRpcResponseStatusMsg.create = function(properties) {
            return new ToDeviceRpcResponseStatusMsg(properties);
        };

        ToDeviceRpcResponseStatusMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                writer.uint32(8).int32(message.requestId);
            if (message.requestIdMSB != null && $Object.hasOwnProperty.call(message, "requestIdMSB") && (typeof message.requestIdMSB === "object" ? message.requestIdMSB.low || message.requestIdMSB.high : message.requestIdMSB !== 0))
                writer.uint32(16).int64(message.requestIdMSB);
            if (message.requestIdLSB != null && $Object.hasOwnProperty.call(message, "requestIdLSB") && (typeof message.requestIdLSB === "object" ? message.requestIdLSB.low || message.requestIdLSB.high : message.requestIdLSB !== 0))
                writer.uint32(24).int64(message.requestIdLSB);
            if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== "")
                writer.uint32(34).string(message.status);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ToDeviceRpcResponseStatusMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.ToDeviceRpcResponseStatusMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.requestId = value;
                        else
                            delete message.requestId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.requestIdMSB = value;
                        else
                            delete message.requestIdMSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.requestIdLSB = value;
                        else
                            delete message.requestIdLSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.status = value;
                        else
                            delete message.status;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ToDeviceRpcResponseStatusMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.ToDeviceRpcResponseStatusMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.ToDeviceRpcResponseStatusMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.ToDeviceRpcResponseStatusMsg();
            if (object.requestId != null)
                if ($Number(object.requestId) !== 0)
                    message.requestId = object.requestId | 0;
            if (object.requestIdMSB != null)
                if (typeof object.requestIdMSB === "object" ? object.requestIdMSB.low || object.requestIdMSB.high : $Number(object.requestIdMSB) !== 0)
                    if ($util.Long)
                        message.requestIdMSB = $util.Long.fromValue(object.requestIdMSB, false);
                    else if (typeof object.requestIdMSB === "string")
                        message.requestIdMSB = $parseInt(object.requestIdMSB, 10);
                    else if (typeof object.requestIdMSB === "number")
                        message.requestIdMSB = object.requestIdMSB;
                    else if (typeof object.requestIdMSB === "object")
                        message.requestIdMSB = new $util.LongBits(object.requestIdMSB.low >>> 0, object.requestIdMSB.high >>> 0).toNumber();
            if (object.requestIdLSB != null)
                if (typeof object.requestIdLSB === "object" ? object.requestIdLSB.low || object.requestIdLSB.high : $Number(object.requestIdLSB) !== 0)
                    if ($util.Long)
                        message.requestIdLSB = $util.Long.fromValue(object.requestIdLSB, false);
                    else if (typeof object.requestIdLSB === "string")
                        message.requestIdLSB = $parseInt(object.requestIdLSB, 10);
                    else if (typeof object.requestIdLSB === "number")
                        message.requestIdLSB = object.requestIdLSB;
                    else if (typeof object.requestIdLSB === "object")
                        message.requestIdLSB = new $util.LongBits(object.requestIdLSB.low >>> 0, object.requestIdLSB.high >>> 0).toNumber();
            if (object.status != null)
                if (typeof object.status !== "string" || object.status.length)
                    message.status = $String(object.status);
            return message;
        };

        ToDeviceRpcResponseStatusMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.requestId = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.requestIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.requestIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.requestIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.requestIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.status = "";
            }
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                object.requestId = message.requestId;
            if (message.requestIdMSB != null && $Object.hasOwnProperty.call(message, "requestIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.requestIdMSB = typeof message.requestIdMSB === "number" ? $BigInt(message.requestIdMSB) : $util.Long.fromBits(message.requestIdMSB.low >>> 0, message.requestIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.requestIdMSB === "number")
                    object.requestIdMSB = options.longs === $String ? $String(message.requestIdMSB) : message.requestIdMSB;
                else
                    object.requestIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.requestIdMSB) : options.longs === $Number ? new $util.LongBits(message.requestIdMSB.low >>> 0, message.requestIdMSB.high >>> 0).toNumber() : message.requestIdMSB;
            if (message.requestIdLSB != null && $Object.hasOwnProperty.call(message, "requestIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.requestIdLSB = typeof message.requestIdLSB === "number" ? $BigInt(message.requestIdLSB) : $util.Long.fromBits(message.requestIdLSB.low >>> 0, message.requestIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.requestIdLSB === "number")
                    object.requestIdLSB = options.longs === $String ? $String(message.requestIdLSB) : message.requestIdLSB;
                else
                    object.requestIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.requestIdLSB) : options.longs === $Number ? new $util.LongBits(message.requestIdLSB.low >>> 0, message.requestIdLSB.high >>> 0).toNumber() : message.requestIdLSB;
            if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                object.status = message.status;
            return object;
        };

        ToDeviceRpcResponseStatusMsg.prototype.toJSON = function() {
            return ToDeviceRpcResponseStatusMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ToDeviceRpcResponseStatusMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.ToDeviceRpcResponseStatusMsg";
        };

        return ToDeviceRpcResponseStatusMsg;
    })();

    transport.SendPendingRPCMsg = (function() {

        const SendPendingRPCMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SendPendingRPCMsg.create = function(properties) {
            return new SendPendingRPCMsg(properties);
        };

        SendPendingRPCMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SendPendingRPCMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.SendPendingRPCMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                reader.skipType(tag & 7, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SendPendingRPCMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.SendPendingRPCMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.SendPendingRPCMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.transport.SendPendingRPCMsg();
        };

        SendPendingRPCMsg.toObject = function () {
            return {};
        };

        SendPendingRPCMsg.prototype.toJSON = function() {
            return SendPendingRPCMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        SendPendingRPCMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.SendPendingRPCMsg";
        };

        return SendPendingRPCMsg;
    })();

    transport.TransportToDeviceActorMsg = (function() {

        const TransportToDeviceActorMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TransportToDeviceActorMsg.prototype.sessionInfo = null;
        TransportToDeviceActorMsg.prototype.sessionEvent = null;
        TransportToDeviceActorMsg.prototype.getAttributes = null;
        TransportToDeviceActorMsg.prototype.subscribeToAttributes = null;
        TransportToDeviceActorMsg.prototype.subscribeToRPC = null;
        TransportToDeviceActorMsg.prototype.toDeviceRPCCallResponse = null;
        TransportToDeviceActorMsg.prototype.subscriptionInfo = null;
        TransportToDeviceActorMsg.prototype.rpcResponseStatusMsg = null;
        TransportToDeviceActorMsg.prototype.sendPendingRPC = null;

        TransportToDeviceActorMsg.create = function(properties) {
            return new TransportToDeviceActorMsg(properties);
        };

        TransportToDeviceActorMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.sessionInfo != null && $Object.hasOwnProperty.call(message, "sessionInfo"))
                $root.transport.SessionInfoProto.encode(message.sessionInfo, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.sessionEvent != null && $Object.hasOwnProperty.call(message, "sessionEvent"))
                $root.transport.SessionEventMsg.encode(message.sessionEvent, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.getAttributes != null && $Object.hasOwnProperty.call(message, "getAttributes"))
                $root.transport.GetAttributeRequestMsg.encode(message.getAttributes, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.subscribeToAttributes != null && $Object.hasOwnProperty.call(message, "subscribeToAttributes"))
                $root.transport.SubscribeToAttributeUpdatesMsg.encode(message.subscribeToAttributes, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.subscribeToRPC != null && $Object.hasOwnProperty.call(message, "subscribeToRPC"))
                $root.transport.SubscribeToRPCMsg.encode(message.subscribeToRPC, writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.toDeviceRPCCallResponse != null && $Object.hasOwnProperty.call(message, "toDeviceRPCCallResponse"))
                $root.transport.ToDeviceRpcResponseMsg.encode(message.toDeviceRPCCallResponse, writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.subscriptionInfo != null && $Object.hasOwnProperty.call(message, "subscriptionInfo"))
                $root.transport.SubscriptionInfoProto.encode(message.subscriptionInfo, writer.uint32(58).fork(), _depth + 1).ldelim();
            if (message.rpcResponseStatusMsg != null && $Object.hasOwnProperty.call(message, "rpcResponseStatusMsg"))
                $root.transport.ToDeviceRpcResponseStatusMsg.encode(message.rpcResponseStatusMsg, writer.uint32(82).fork(), _depth + 1).ldelim();
            if (message.sendPendingRPC != null && $Object.hasOwnProperty.call(message, "sendPendingRPC"))
                $root.transport.SendPendingRPCMsg.encode(message.sendPendingRPC, writer.uint32(90).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TransportToDeviceActorMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.TransportToDeviceActorMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.sessionInfo = $root.transport.SessionInfoProto.decode(reader, reader.size(), $undefined, _depth + 1, message.sessionInfo);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.sessionEvent = $root.transport.SessionEventMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.sessionEvent);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.getAttributes = $root.transport.GetAttributeRequestMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.getAttributes);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.subscribeToAttributes = $root.transport.SubscribeToAttributeUpdatesMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribeToAttributes);
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.subscribeToRPC = $root.transport.SubscribeToRPCMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.subscribeToRPC);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.toDeviceRPCCallResponse = $root.transport.ToDeviceRpcResponseMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.toDeviceRPCCallResponse);
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.subscriptionInfo = $root.transport.SubscriptionInfoProto.decode(reader, reader.size(), $undefined, _depth + 1, message.subscriptionInfo);
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.rpcResponseStatusMsg = $root.transport.ToDeviceRpcResponseStatusMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.rpcResponseStatusMsg);
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.sendPendingRPC = $root.transport.SendPendingRPCMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.sendPendingRPC);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TransportToDeviceActorMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.TransportToDeviceActorMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.TransportToDeviceActorMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.TransportToDeviceActorMsg();
            if (object.sessionInfo != null) {
                if (!$util.isObject(object.sessionInfo))
                    throw $TypeError(".transport.TransportToDeviceActorMsg.sessionInfo: object expected");
                message.sessionInfo = $root.transport.SessionInfoProto.fromObject(object.sessionInfo, _depth + 1);
            }
            if (object.sessionEvent != null) {
                if (!$util.isObject(object.sessionEvent))
                    throw $TypeError(".transport.TransportToDeviceActorMsg.sessionEvent: object expected");
                message.sessionEvent = $root.transport.SessionEventMsg.fromObject(object.sessionEvent, _depth + 1);
            }
            if (object.getAttributes != null) {
                if (!$util.isObject(object.getAttributes))
                    throw $TypeError(".transport.TransportToDeviceActorMsg.getAttributes: object expected");
                message.getAttributes = $root.transport.GetAttributeRequestMsg.fromObject(object.getAttributes, _depth + 1);
            }
            if (object.subscribeToAttributes != null) {
                if (!$util.isObject(object.subscribeToAttributes))
                    throw $TypeError(".transport.TransportToDeviceActorMsg.subscribeToAttributes: object expected");
                message.subscribeToAttributes = $root.transport.SubscribeToAttributeUpdatesMsg.fromObject(object.subscribeToAttributes, _depth + 1);
            }
            if (object.subscribeToRPC != null) {
                if (!$util.isObject(object.subscribeToRPC))
                    throw $TypeError(".transport.TransportToDeviceActorMsg.subscribeToRPC: object expected");
                message.subscribeToRPC = $root.transport.SubscribeToRPCMsg.fromObject(object.subscribeToRPC, _depth + 1);
            }
            if (object.toDeviceRPCCallResponse != null) {
                if (!$util.isObject(object.toDeviceRPCCallResponse))
                    throw $TypeError(".transport.TransportToDeviceActorMsg.toDeviceRPCCallResponse: object expected");
                message.toDeviceRPCCallResponse = $root.transport.ToDeviceRpcResponseMsg.fromObject(object.toDeviceRPCCallResponse, _depth + 1);
            }
            if (object.subscriptionInfo != null) {
                if (!$util.isObject(object.subscriptionInfo))
                    throw $TypeError(".transport.TransportToDeviceActorMsg.subscriptionInfo: object expected");
                message.subscriptionInfo = $root.transport.SubscriptionInfoProto.fromObject(object.subscriptionInfo, _depth + 1);
            }
            if (object.rpcResponseStatusMsg != null) {
                if (!$util.isObject(object.rpcResponseStatusMsg))
                    throw $TypeError(".transport.TransportToDeviceActorMsg.rpcResponseStatusMsg: object expected");
                message.rpcResponseStatusMsg = $root.transport.ToDeviceRpcResponseStatusMsg.fromObject(object.rpcResponseStatusMsg, _depth + 1);
            }
            if (object.sendPendingRPC != null) {
                if (!$util.isObject(object.sendPendingRPC))
                    throw $TypeError(".transport.TransportToDeviceActorMsg.sendPendingRPC: object expected");
                message.sendPendingRPC = $root.transport.SendPendingRPCMsg.fromObject(object.sendPendingRPC, _depth + 1);
            }
            return message;
        };

        TransportToDeviceActorMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.sessionInfo = null;
                object.sessionEvent = null;
                object.getAttributes = null;
                object.subscribeToAttributes = null;
                object.subscribeToRPC = null;
                object.toDeviceRPCCallResponse = null;
                object.subscriptionInfo = null;
                object.rpcResponseStatusMsg = null;
                object.sendPendingRPC = null;
            }
            if (message.sessionInfo != null && $Object.hasOwnProperty.call(message, "sessionInfo"))
                object.sessionInfo = $root.transport.SessionInfoProto.toObject(message.sessionInfo, options, _depth + 1);
            if (message.sessionEvent != null && $Object.hasOwnProperty.call(message, "sessionEvent"))
                object.sessionEvent = $root.transport.SessionEventMsg.toObject(message.sessionEvent, options, _depth + 1);
            if (message.getAttributes != null && $Object.hasOwnProperty.call(message, "getAttributes"))
                object.getAttributes = $root.transport.GetAttributeRequestMsg.toObject(message.getAttributes, options, _depth + 1);
            if (message.subscribeToAttributes != null && $Object.hasOwnProperty.call(message, "subscribeToAttributes"))
                object.subscribeToAttributes = $root.transport.SubscribeToAttributeUpdatesMsg.toObject(message.subscribeToAttributes, options, _depth + 1);
            if (message.subscribeToRPC != null && $Object.hasOwnProperty.call(message, "subscribeToRPC"))
                object.subscribeToRPC = $root.transport.SubscribeToRPCMsg.toObject(message.subscribeToRPC, options, _depth + 1);
            if (message.toDeviceRPCCallResponse != null && $Object.hasOwnProperty.call(message, "toDeviceRPCCallResponse"))
                object.toDeviceRPCCallResponse = $root.transport.ToDeviceRpcResponseMsg.toObject(message.toDeviceRPCCallResponse, options, _depth + 1);
            if (message.subscriptionInfo != null && $Object.hasOwnProperty.call(message, "subscriptionInfo"))
                object.subscriptionInfo = $root.transport.SubscriptionInfoProto.toObject(message.subscriptionInfo, options, _depth + 1);
            if (message.rpcResponseStatusMsg != null && $Object.hasOwnProperty.call(message, "rpcResponseStatusMsg"))
                object.rpcResponseStatusMsg = $root.transport.ToDeviceRpcResponseStatusMsg.toObject(message.rpcResponseStatusMsg, options, _depth + 1);
            if (message.sendPendingRPC != null && $Object.hasOwnProperty.call(message, "sendPendingRPC"))
                object.sendPendingRPC = $root.transport.SendPendingRPCMsg.toObject(message.sendPendingRPC, options, _depth + 1);
            return object;
        };

        TransportToDeviceActorMsg.prototype.toJSON = function() {
            return TransportToDeviceActorMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        TransportToDeviceActorMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.TransportToDeviceActorMsg";
        };

        return TransportToDeviceActorMsg;
    })();

    transport.ToCoreMsg = (function() {

        const ToCoreMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ToCoreMsg.prototype.toDeviceActorMsg = null;

        ToCoreMsg.create = function(properties) {
            return new ToCoreMsg(properties);
        };

        ToCoreMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.toDeviceActorMsg != null && $Object.hasOwnProperty.call(message, "toDeviceActorMsg"))
                $root.transport.TransportToDeviceActorMsg.encode(message.toDeviceActorMsg, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ToCoreMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.ToCoreMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.toDeviceActorMsg = $root.transport.TransportToDeviceActorMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.toDeviceActorMsg);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ToCoreMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.ToCoreMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.ToCoreMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.ToCoreMsg();
            if (object.toDeviceActorMsg != null) {
                if (!$util.isObject(object.toDeviceActorMsg))
                    throw $TypeError(".transport.ToCoreMsg.toDeviceActorMsg: object expected");
                message.toDeviceActorMsg = $root.transport.TransportToDeviceActorMsg.fromObject(object.toDeviceActorMsg, _depth + 1);
            }
            return message;
        };

        ToCoreMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.toDeviceActorMsg = null;
            if (message.toDeviceActorMsg != null && $Object.hasOwnProperty.call(message, "toDeviceActorMsg"))
                object.toDeviceActorMsg = $root.transport.TransportToDeviceActorMsg.toObject(message.toDeviceActorMsg, options, _depth + 1);
            return object;
        };

        ToCoreMsg.prototype.toJSON = function() {
            return ToCoreMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ToCoreMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.ToCoreMsg";
        };

        return ToCoreMsg;
    })();

    transport.ToRuleEngineMsg = (function() {

        const ToRuleEngineMsg = function (properties) {
            this.relationTypes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ToRuleEngineMsg.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ToRuleEngineMsg.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ToRuleEngineMsg.prototype.relationTypes = $util.emptyArray;
        ToRuleEngineMsg.prototype.failureMessage = "";
        ToRuleEngineMsg.prototype.tbMsgProto = null;

        ToRuleEngineMsg.create = function(properties) {
            return new ToRuleEngineMsg(properties);
        };

        ToRuleEngineMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(8).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(16).int64(message.tenantIdLSB);
            if (message.relationTypes != null && message.relationTypes.length)
                for (let i = 0; i < message.relationTypes.length; ++i)
                    writer.uint32(34).string(message.relationTypes[i]);
            if (message.failureMessage != null && $Object.hasOwnProperty.call(message, "failureMessage") && message.failureMessage !== "")
                writer.uint32(42).string(message.failureMessage);
            if (message.tbMsgProto != null && $Object.hasOwnProperty.call(message, "tbMsgProto"))
                $root.msgqueue.TbMsgProto.encode(message.tbMsgProto, writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ToRuleEngineMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.ToRuleEngineMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdMSB = value;
                        else
                            delete message.tenantIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdLSB = value;
                        else
                            delete message.tenantIdLSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.relationTypes && message.relationTypes.length))
                            message.relationTypes = [];
                        message.relationTypes.push(reader.stringVerify());
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.failureMessage = value;
                        else
                            delete message.failureMessage;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.tbMsgProto = $root.msgqueue.TbMsgProto.decode(reader, reader.size(), $undefined, _depth + 1, message.tbMsgProto);
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ToRuleEngineMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.ToRuleEngineMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.ToRuleEngineMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.ToRuleEngineMsg();
            if (object.tenantIdMSB != null)
                if (typeof object.tenantIdMSB === "object" ? object.tenantIdMSB.low || object.tenantIdMSB.high : $Number(object.tenantIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantIdMSB = $util.Long.fromValue(object.tenantIdMSB, false);
                    else if (typeof object.tenantIdMSB === "string")
                        message.tenantIdMSB = $parseInt(object.tenantIdMSB, 10);
                    else if (typeof object.tenantIdMSB === "number")
                        message.tenantIdMSB = object.tenantIdMSB;
                    else if (typeof object.tenantIdMSB === "object")
                        message.tenantIdMSB = new $util.LongBits(object.tenantIdMSB.low >>> 0, object.tenantIdMSB.high >>> 0).toNumber();
            if (object.tenantIdLSB != null)
                if (typeof object.tenantIdLSB === "object" ? object.tenantIdLSB.low || object.tenantIdLSB.high : $Number(object.tenantIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantIdLSB = $util.Long.fromValue(object.tenantIdLSB, false);
                    else if (typeof object.tenantIdLSB === "string")
                        message.tenantIdLSB = $parseInt(object.tenantIdLSB, 10);
                    else if (typeof object.tenantIdLSB === "number")
                        message.tenantIdLSB = object.tenantIdLSB;
                    else if (typeof object.tenantIdLSB === "object")
                        message.tenantIdLSB = new $util.LongBits(object.tenantIdLSB.low >>> 0, object.tenantIdLSB.high >>> 0).toNumber();
            if (object.relationTypes) {
                if (!$Array.isArray(object.relationTypes))
                    throw $TypeError(".transport.ToRuleEngineMsg.relationTypes: array expected");
                message.relationTypes = $Array(object.relationTypes.length);
                for (let i = 0; i < object.relationTypes.length; ++i)
                    message.relationTypes[i] = $String(object.relationTypes[i]);
            }
            if (object.failureMessage != null)
                if (typeof object.failureMessage !== "string" || object.failureMessage.length)
                    message.failureMessage = $String(object.failureMessage);
            if (object.tbMsgProto != null) {
                if (!$util.isObject(object.tbMsgProto))
                    throw $TypeError(".transport.ToRuleEngineMsg.tbMsgProto: object expected");
                message.tbMsgProto = $root.msgqueue.TbMsgProto.fromObject(object.tbMsgProto, _depth + 1);
            }
            return message;
        };

        ToRuleEngineMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.relationTypes = [];
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.failureMessage = "";
                object.tbMsgProto = null;
            }
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdMSB = typeof message.tenantIdMSB === "number" ? $BigInt(message.tenantIdMSB) : $util.Long.fromBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdMSB === "number")
                    object.tenantIdMSB = options.longs === $String ? $String(message.tenantIdMSB) : message.tenantIdMSB;
                else
                    object.tenantIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0).toNumber() : message.tenantIdMSB;
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdLSB = typeof message.tenantIdLSB === "number" ? $BigInt(message.tenantIdLSB) : $util.Long.fromBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdLSB === "number")
                    object.tenantIdLSB = options.longs === $String ? $String(message.tenantIdLSB) : message.tenantIdLSB;
                else
                    object.tenantIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0).toNumber() : message.tenantIdLSB;
            if (message.relationTypes && message.relationTypes.length) {
                object.relationTypes = $Array(message.relationTypes.length);
                for (let j = 0; j < message.relationTypes.length; ++j)
                    object.relationTypes[j] = message.relationTypes[j];
            }
            if (message.failureMessage != null && $Object.hasOwnProperty.call(message, "failureMessage"))
                object.failureMessage = message.failureMessage;
            if (message.tbMsgProto != null && $Object.hasOwnProperty.call(message, "tbMsgProto"))
                object.tbMsgProto = $root.msgqueue.TbMsgProto.toObject(message.tbMsgProto, options, _depth + 1);
            return object;
        };

        ToRuleEngineMsg.prototype.toJSON = function() {
            return ToRuleEngineMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ToRuleEngineMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.ToRuleEngineMsg";
        };

        return ToRuleEngineMsg;
    })();

    transport.SessionCloseReason = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "UNKNOWN_REASON"] = 0;
        values[valuesById[1] = "CREDENTIALS_UPDATED"] = 1;
        values[valuesById[2] = "MAX_CONCURRENT_SESSIONS_LIMIT_REACHED"] = 2;
        values[valuesById[3] = "SESSION_TIMEOUT"] = 3;
        values[valuesById[4] = "RPC_DELIVERY_TIMEOUT"] = 4;
        return values;
    })();

    transport.SessionCloseNotificationProto = (function() {

        const SessionCloseNotificationProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SessionCloseNotificationProto.prototype.message = "";
        SessionCloseNotificationProto.prototype.reason = 0;

        SessionCloseNotificationProto.create = function(properties) {
            return new SessionCloseNotificationProto(properties);
        };

        SessionCloseNotificationProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                writer.uint32(10).string(message.message);
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                writer.uint32(16).int32(message.reason);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SessionCloseNotificationProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.SessionCloseNotificationProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.message = value;
                        else
                            delete message.message;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.reason = value;
                        else
                            delete message.reason;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SessionCloseNotificationProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.SessionCloseNotificationProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.SessionCloseNotificationProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.SessionCloseNotificationProto();
            if (object.message != null)
                if (typeof object.message !== "string" || object.message.length)
                    message.message = $String(object.message);
            if (object.reason !== 0 && (typeof object.reason !== "string" || $root.transport.SessionCloseReason[object.reason] !== 0))
                switch (object.reason) {
                case "UNKNOWN_REASON":
                case 0:
                    message.reason = 0;
                    break;
                case "CREDENTIALS_UPDATED":
                case 1:
                    message.reason = 1;
                    break;
                case "MAX_CONCURRENT_SESSIONS_LIMIT_REACHED":
                case 2:
                    message.reason = 2;
                    break;
                case "SESSION_TIMEOUT":
                case 3:
                    message.reason = 3;
                    break;
                case "RPC_DELIVERY_TIMEOUT":
                case 4:
                    message.reason = 4;
                    break;
                default:
                    if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                        message.reason = object.reason;
                }
            return message;
        };

        SessionCloseNotificationProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.message = "";
                object.reason = options.enums === $String ? "UNKNOWN_REASON" : 0;
            }
            if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                object.message = message.message;
            if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                object.reason = options.enums === $String ? $root.transport.SessionCloseReason[message.reason] === $undefined ? message.reason : $root.transport.SessionCloseReason[message.reason] : message.reason;
            return object;
        };

        SessionCloseNotificationProto.prototype.toJSON = function() {
            return SessionCloseNotificationProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        SessionCloseNotificationProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.SessionCloseNotificationProto";
        };

        return SessionCloseNotificationProto;
    })();

    transport.KeyValueType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "BOOLEAN_V"] = 0;
        values[valuesById[1] = "LONG_V"] = 1;
        values[valuesById[2] = "DOUBLE_V"] = 2;
        values[valuesById[3] = "STRING_V"] = 3;
        values[valuesById[4] = "JSON_V"] = 4;
        return values;
    })();

    transport.KeyValueProto = (function() {

        const KeyValueProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        KeyValueProto.prototype.key = "";
        KeyValueProto.prototype.type = 0;
        KeyValueProto.prototype.bool_v = false;
        KeyValueProto.prototype.long_v = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        KeyValueProto.prototype.double_v = 0;
        KeyValueProto.prototype.string_v = "";
        KeyValueProto.prototype.json_v = "";

        KeyValueProto.create = function(properties) {
            return new KeyValueProto(properties);
        };

        KeyValueProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key !== "")
                writer.uint32(10).string(message.key);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                writer.uint32(16).int32(message.type);
            if (message.bool_v != null && $Object.hasOwnProperty.call(message, "bool_v") && message.bool_v !== false)
                writer.uint32(24).bool(message.bool_v);
            if (message.long_v != null && $Object.hasOwnProperty.call(message, "long_v") && (typeof message.long_v === "object" ? message.long_v.low || message.long_v.high : message.long_v !== 0))
                writer.uint32(32).int64(message.long_v);
            if (message.double_v != null && $Object.hasOwnProperty.call(message, "double_v") && !$Object.is(message.double_v, 0))
                writer.uint32(41).double(message.double_v);
            if (message.string_v != null && $Object.hasOwnProperty.call(message, "string_v") && message.string_v !== "")
                writer.uint32(50).string(message.string_v);
            if (message.json_v != null && $Object.hasOwnProperty.call(message, "json_v") && message.json_v !== "")
                writer.uint32(58).string(message.json_v);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        KeyValueProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.KeyValueProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.key = value;
                        else
                            delete message.key;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.bool_v = value;
                        else
                            delete message.bool_v;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.long_v = value;
                        else
                            delete message.long_v;
                        continue;
                    }
                case 5: {
                        if (wireType !== 1)
                            break;
                        if (!$Object.is(value = reader.double(), 0))
                            message.double_v = value;
                        else
                            delete message.double_v;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.string_v = value;
                        else
                            delete message.string_v;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.json_v = value;
                        else
                            delete message.json_v;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        KeyValueProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.KeyValueProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.KeyValueProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.KeyValueProto();
            if (object.key != null)
                if (typeof object.key !== "string" || object.key.length)
                    message.key = $String(object.key);
            if (object.type !== 0 && (typeof object.type !== "string" || $root.transport.KeyValueType[object.type] !== 0))
                switch (object.type) {
                case "BOOLEAN_V":
                case 0:
                    message.type = 0;
                    break;
                case "LONG_V":
                case 1:
                    message.type = 1;
                    break;
                case "DOUBLE_V":
                case 2:
                    message.type = 2;
                    break;
                case "STRING_V":
                case 3:
                    message.type = 3;
                    break;
                case "JSON_V":
                case 4:
                    message.type = 4;
                    break;
                default:
                    if (typeof object.type === "number" && (object.type | 0) === object.type)
                        message.type = object.type;
                }
            if (object.bool_v != null)
                if (object.bool_v)
                    message.bool_v = $Boolean(object.bool_v);
            if (object.long_v != null)
                if (typeof object.long_v === "object" ? object.long_v.low || object.long_v.high : $Number(object.long_v) !== 0)
                    if ($util.Long)
                        message.long_v = $util.Long.fromValue(object.long_v, false);
                    else if (typeof object.long_v === "string")
                        message.long_v = $parseInt(object.long_v, 10);
                    else if (typeof object.long_v === "number")
                        message.long_v = object.long_v;
                    else if (typeof object.long_v === "object")
                        message.long_v = new $util.LongBits(object.long_v.low >>> 0, object.long_v.high >>> 0).toNumber();
            if (object.double_v != null)
                if (!$Object.is($Number(object.double_v), 0))
                    message.double_v = $Number(object.double_v);
            if (object.string_v != null)
                if (typeof object.string_v !== "string" || object.string_v.length)
                    message.string_v = $String(object.string_v);
            if (object.json_v != null)
                if (typeof object.json_v !== "string" || object.json_v.length)
                    message.json_v = $String(object.json_v);
            return message;
        };

        KeyValueProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.key = "";
                object.type = options.enums === $String ? "BOOLEAN_V" : 0;
                object.bool_v = false;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.long_v = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.long_v = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.double_v = 0;
                object.string_v = "";
                object.json_v = "";
            }
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                object.key = message.key;
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = options.enums === $String ? $root.transport.KeyValueType[message.type] === $undefined ? message.type : $root.transport.KeyValueType[message.type] : message.type;
            if (message.bool_v != null && $Object.hasOwnProperty.call(message, "bool_v"))
                object.bool_v = message.bool_v;
            if (message.long_v != null && $Object.hasOwnProperty.call(message, "long_v"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.long_v = typeof message.long_v === "number" ? $BigInt(message.long_v) : $util.Long.fromBits(message.long_v.low >>> 0, message.long_v.high >>> 0, false).toBigInt();
                else if (typeof message.long_v === "number")
                    object.long_v = options.longs === $String ? $String(message.long_v) : message.long_v;
                else
                    object.long_v = options.longs === $String ? $util.Long.prototype.toString.call(message.long_v) : options.longs === $Number ? new $util.LongBits(message.long_v.low >>> 0, message.long_v.high >>> 0).toNumber() : message.long_v;
            if (message.double_v != null && $Object.hasOwnProperty.call(message, "double_v"))
                object.double_v = options.json && !$isFinite(message.double_v) ? $String(message.double_v) : message.double_v;
            if (message.string_v != null && $Object.hasOwnProperty.call(message, "string_v"))
                object.string_v = message.string_v;
            if (message.json_v != null && $Object.hasOwnProperty.call(message, "json_v"))
                object.json_v = message.json_v;
            return object;
        };

        KeyValueProto.prototype.toJSON = function() {
            return KeyValueProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        KeyValueProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.KeyValueProto";
        };

        return KeyValueProto;
    })();

    transport.TsKvProto = (function() {

        const TsKvProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TsKvProto.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TsKvProto.prototype.kv = null;
        TsKvProto.prototype.version = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TsKvProto.prototype, "_version", {
            get: $util.oneOfGetter($oneOfFields = ["version"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        TsKvProto.create = function(properties) {
            return new TsKvProto(properties);
        };

        TsKvProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(8).int64(message.ts);
            if (message.kv != null && $Object.hasOwnProperty.call(message, "kv"))
                $root.transport.KeyValueProto.encode(message.kv, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                writer.uint32(24).int64(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TsKvProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.TsKvProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ts = value;
                        else
                            delete message.ts;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.kv = $root.transport.KeyValueProto.decode(reader, reader.size(), $undefined, _depth + 1, message.kv);
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.version = reader.int64();
                        message._version = "version";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TsKvProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.TsKvProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.TsKvProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.TsKvProto();
            if (object.ts != null)
                if (typeof object.ts === "object" ? object.ts.low || object.ts.high : $Number(object.ts) !== 0)
                    if ($util.Long)
                        message.ts = $util.Long.fromValue(object.ts, false);
                    else if (typeof object.ts === "string")
                        message.ts = $parseInt(object.ts, 10);
                    else if (typeof object.ts === "number")
                        message.ts = object.ts;
                    else if (typeof object.ts === "object")
                        message.ts = new $util.LongBits(object.ts.low >>> 0, object.ts.high >>> 0).toNumber();
            if (object.kv != null) {
                if (!$util.isObject(object.kv))
                    throw $TypeError(".transport.TsKvProto.kv: object expected");
                message.kv = $root.transport.KeyValueProto.fromObject(object.kv, _depth + 1);
            }
            if (object.version != null)
                if ($util.Long)
                    message.version = $util.Long.fromValue(object.version, false);
                else if (typeof object.version === "string")
                    message.version = $parseInt(object.version, 10);
                else if (typeof object.version === "number")
                    message.version = object.version;
                else if (typeof object.version === "object")
                    message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber();
            return message;
        };

        TsKvProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.ts = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.ts = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.kv = null;
            }
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.ts = typeof message.ts === "number" ? $BigInt(message.ts) : $util.Long.fromBits(message.ts.low >>> 0, message.ts.high >>> 0, false).toBigInt();
                else if (typeof message.ts === "number")
                    object.ts = options.longs === $String ? $String(message.ts) : message.ts;
                else
                    object.ts = options.longs === $String ? $util.Long.prototype.toString.call(message.ts) : options.longs === $Number ? new $util.LongBits(message.ts.low >>> 0, message.ts.high >>> 0).toNumber() : message.ts;
            if (message.kv != null && $Object.hasOwnProperty.call(message, "kv"))
                object.kv = $root.transport.KeyValueProto.toObject(message.kv, options, _depth + 1);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, false).toBigInt();
                else if (typeof message.version === "number")
                    object.version = options.longs === $String ? $String(message.version) : message.version;
                else
                    object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber() : message.version;
            return object;
        };

        TsKvProto.prototype.toJSON = function() {
            return TsKvProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        TsKvProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.TsKvProto";
        };

        return TsKvProto;
    })();

    transport.GetAttributeResponseMsg = (function() {

        const GetAttributeResponseMsg = function (properties) {
            this.clientAttributeList = [];
            this.sharedAttributeList = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        GetAttributeResponseMsg.prototype.requestId = 0;
        GetAttributeResponseMsg.prototype.clientAttributeList = $util.emptyArray;
        GetAttributeResponseMsg.prototype.sharedAttributeList = $util.emptyArray;
        GetAttributeResponseMsg.prototype.isMultipleAttributesRequest = false;
        GetAttributeResponseMsg.prototype.error = "";
        GetAttributeResponseMsg.prototype.sharedStateMsg = false;

        GetAttributeResponseMsg.create = function(properties) {
            return new GetAttributeResponseMsg(properties);
        };

        GetAttributeResponseMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                writer.uint32(8).int32(message.requestId);
            if (message.clientAttributeList != null && message.clientAttributeList.length)
                for (let i = 0; i < message.clientAttributeList.length; ++i)
                    $root.transport.TsKvProto.encode(message.clientAttributeList[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.sharedAttributeList != null && message.sharedAttributeList.length)
                for (let i = 0; i < message.sharedAttributeList.length; ++i)
                    $root.transport.TsKvProto.encode(message.sharedAttributeList[i], writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.isMultipleAttributesRequest != null && $Object.hasOwnProperty.call(message, "isMultipleAttributesRequest") && message.isMultipleAttributesRequest !== false)
                writer.uint32(32).bool(message.isMultipleAttributesRequest);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                writer.uint32(42).string(message.error);
            if (message.sharedStateMsg != null && $Object.hasOwnProperty.call(message, "sharedStateMsg") && message.sharedStateMsg !== false)
                writer.uint32(48).bool(message.sharedStateMsg);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        GetAttributeResponseMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.GetAttributeResponseMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.requestId = value;
                        else
                            delete message.requestId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.clientAttributeList && message.clientAttributeList.length))
                            message.clientAttributeList = [];
                        message.clientAttributeList.push($root.transport.TsKvProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.sharedAttributeList && message.sharedAttributeList.length))
                            message.sharedAttributeList = [];
                        message.sharedAttributeList.push($root.transport.TsKvProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.isMultipleAttributesRequest = value;
                        else
                            delete message.isMultipleAttributesRequest;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.error = value;
                        else
                            delete message.error;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.sharedStateMsg = value;
                        else
                            delete message.sharedStateMsg;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        GetAttributeResponseMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.GetAttributeResponseMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.GetAttributeResponseMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.GetAttributeResponseMsg();
            if (object.requestId != null)
                if ($Number(object.requestId) !== 0)
                    message.requestId = object.requestId | 0;
            if (object.clientAttributeList) {
                if (!$Array.isArray(object.clientAttributeList))
                    throw $TypeError(".transport.GetAttributeResponseMsg.clientAttributeList: array expected");
                message.clientAttributeList = $Array(object.clientAttributeList.length);
                for (let i = 0; i < object.clientAttributeList.length; ++i) {
                    if (!$util.isObject(object.clientAttributeList[i]))
                        throw $TypeError(".transport.GetAttributeResponseMsg.clientAttributeList: object expected");
                    message.clientAttributeList[i] = $root.transport.TsKvProto.fromObject(object.clientAttributeList[i], _depth + 1);
                }
            }
            if (object.sharedAttributeList) {
                if (!$Array.isArray(object.sharedAttributeList))
                    throw $TypeError(".transport.GetAttributeResponseMsg.sharedAttributeList: array expected");
                message.sharedAttributeList = $Array(object.sharedAttributeList.length);
                for (let i = 0; i < object.sharedAttributeList.length; ++i) {
                    if (!$util.isObject(object.sharedAttributeList[i]))
                        throw $TypeError(".transport.GetAttributeResponseMsg.sharedAttributeList: object expected");
                    message.sharedAttributeList[i] = $root.transport.TsKvProto.fromObject(object.sharedAttributeList[i], _depth + 1);
                }
            }
            if (object.isMultipleAttributesRequest != null)
                if (object.isMultipleAttributesRequest)
                    message.isMultipleAttributesRequest = $Boolean(object.isMultipleAttributesRequest);
            if (object.error != null)
                if (typeof object.error !== "string" || object.error.length)
                    message.error = $String(object.error);
            if (object.sharedStateMsg != null)
                if (object.sharedStateMsg)
                    message.sharedStateMsg = $Boolean(object.sharedStateMsg);
            return message;
        };

        GetAttributeResponseMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.clientAttributeList = [];
                object.sharedAttributeList = [];
            }
            if (options.defaults) {
                object.requestId = 0;
                object.isMultipleAttributesRequest = false;
                object.error = "";
                object.sharedStateMsg = false;
            }
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                object.requestId = message.requestId;
            if (message.clientAttributeList && message.clientAttributeList.length) {
                object.clientAttributeList = $Array(message.clientAttributeList.length);
                for (let j = 0; j < message.clientAttributeList.length; ++j)
                    object.clientAttributeList[j] = $root.transport.TsKvProto.toObject(message.clientAttributeList[j], options, _depth + 1);
            }
            if (message.sharedAttributeList && message.sharedAttributeList.length) {
                object.sharedAttributeList = $Array(message.sharedAttributeList.length);
                for (let j = 0; j < message.sharedAttributeList.length; ++j)
                    object.sharedAttributeList[j] = $root.transport.TsKvProto.toObject(message.sharedAttributeList[j], options, _depth + 1);
            }
            if (message.isMultipleAttributesRequest != null && $Object.hasOwnProperty.call(message, "isMultipleAttributesRequest"))
                object.isMultipleAttributesRequest = message.isMultipleAttributesRequest;
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                object.error = message.error;
            if (message.sharedStateMsg != null && $Object.hasOwnProperty.call(message, "sharedStateMsg"))
                object.sharedStateMsg = message.sharedStateMsg;
            return object;
        };

        GetAttributeResponseMsg.prototype.toJSON = function() {
            return GetAttributeResponseMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        GetAttributeResponseMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.GetAttributeResponseMsg";
        };

        return GetAttributeResponseMsg;
    })();

    transport.AttributeUpdateNotificationMsg = (function() {

        const AttributeUpdateNotificationMsg = function (properties) {
            this.sharedUpdated = [];
            this.sharedDeleted = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        AttributeUpdateNotificationMsg.prototype.sharedUpdated = $util.emptyArray;
        AttributeUpdateNotificationMsg.prototype.sharedDeleted = $util.emptyArray;

        AttributeUpdateNotificationMsg.create = function(properties) {
            return new AttributeUpdateNotificationMsg(properties);
        };

        AttributeUpdateNotificationMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.sharedUpdated != null && message.sharedUpdated.length)
                for (let i = 0; i < message.sharedUpdated.length; ++i)
                    $root.transport.TsKvProto.encode(message.sharedUpdated[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.sharedDeleted != null && message.sharedDeleted.length)
                for (let i = 0; i < message.sharedDeleted.length; ++i)
                    writer.uint32(18).string(message.sharedDeleted[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        AttributeUpdateNotificationMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.AttributeUpdateNotificationMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.sharedUpdated && message.sharedUpdated.length))
                            message.sharedUpdated = [];
                        message.sharedUpdated.push($root.transport.TsKvProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.sharedDeleted && message.sharedDeleted.length))
                            message.sharedDeleted = [];
                        message.sharedDeleted.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        AttributeUpdateNotificationMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.AttributeUpdateNotificationMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.AttributeUpdateNotificationMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.AttributeUpdateNotificationMsg();
            if (object.sharedUpdated) {
                if (!$Array.isArray(object.sharedUpdated))
                    throw $TypeError(".transport.AttributeUpdateNotificationMsg.sharedUpdated: array expected");
                message.sharedUpdated = $Array(object.sharedUpdated.length);
                for (let i = 0; i < object.sharedUpdated.length; ++i) {
                    if (!$util.isObject(object.sharedUpdated[i]))
                        throw $TypeError(".transport.AttributeUpdateNotificationMsg.sharedUpdated: object expected");
                    message.sharedUpdated[i] = $root.transport.TsKvProto.fromObject(object.sharedUpdated[i], _depth + 1);
                }
            }
            if (object.sharedDeleted) {
                if (!$Array.isArray(object.sharedDeleted))
                    throw $TypeError(".transport.AttributeUpdateNotificationMsg.sharedDeleted: array expected");
                message.sharedDeleted = $Array(object.sharedDeleted.length);
                for (let i = 0; i < object.sharedDeleted.length; ++i)
                    message.sharedDeleted[i] = $String(object.sharedDeleted[i]);
            }
            return message;
        };

        AttributeUpdateNotificationMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.sharedUpdated = [];
                object.sharedDeleted = [];
            }
            if (message.sharedUpdated && message.sharedUpdated.length) {
                object.sharedUpdated = $Array(message.sharedUpdated.length);
                for (let j = 0; j < message.sharedUpdated.length; ++j)
                    object.sharedUpdated[j] = $root.transport.TsKvProto.toObject(message.sharedUpdated[j], options, _depth + 1);
            }
            if (message.sharedDeleted && message.sharedDeleted.length) {
                object.sharedDeleted = $Array(message.sharedDeleted.length);
                for (let j = 0; j < message.sharedDeleted.length; ++j)
                    object.sharedDeleted[j] = message.sharedDeleted[j];
            }
            return object;
        };

        AttributeUpdateNotificationMsg.prototype.toJSON = function() {
            return AttributeUpdateNotificationMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        AttributeUpdateNotificationMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.AttributeUpdateNotificationMsg";
        };

        return AttributeUpdateNotificationMsg;
    })();

    transport.ToDeviceRpcRequestMsg = (function() {

        const ToDeviceRpcRequestMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ToDeviceRpcRequestMsg.prototype.requestId = 0;
        ToDeviceRpcRequestMsg.prototype.methodName = "";
        ToDeviceRpcRequestMsg.prototype.params = "";
        ToDeviceRpcRequestMsg.prototype.expirationTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ToDeviceRpcRequestMsg.prototype.requestIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ToDeviceRpcRequestMsg.prototype.requestIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ToDeviceRpcRequestMsg.prototype.oneway = false;
        ToDeviceRpcRequestMsg.prototype.persisted = false;
        ToDeviceRpcRequestMsg.prototype.retries = null;
        ToDeviceRpcRequestMsg.prototype.additionalInfo = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ToDeviceRpcRequestMsg.prototype, "_retries", {
            get: $util.oneOfGetter($oneOfFields = ["retries"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ToDeviceRpcRequestMsg.prototype, "_additionalInfo", {
            get: $util.oneOfGetter($oneOfFields = ["additionalInfo"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        ToDeviceRpcRequestMsg.create = function(properties) {
            return new ToDeviceRpcRequestMsg(properties);
        };

        ToDeviceRpcRequestMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                writer.uint32(8).int32(message.requestId);
            if (message.methodName != null && $Object.hasOwnProperty.call(message, "methodName") && message.methodName !== "")
                writer.uint32(18).string(message.methodName);
            if (message.params != null && $Object.hasOwnProperty.call(message, "params") && message.params !== "")
                writer.uint32(26).string(message.params);
            if (message.expirationTime != null && $Object.hasOwnProperty.call(message, "expirationTime") && (typeof message.expirationTime === "object" ? message.expirationTime.low || message.expirationTime.high : message.expirationTime !== 0))
                writer.uint32(32).int64(message.expirationTime);
            if (message.requestIdMSB != null && $Object.hasOwnProperty.call(message, "requestIdMSB") && (typeof message.requestIdMSB === "object" ? message.requestIdMSB.low || message.requestIdMSB.high : message.requestIdMSB !== 0))
                writer.uint32(40).int64(message.requestIdMSB);
            if (message.requestIdLSB != null && $Object.hasOwnProperty.call(message, "requestIdLSB") && (typeof message.requestIdLSB === "object" ? message.requestIdLSB.low || message.requestIdLSB.high : message.requestIdLSB !== 0))
                writer.uint32(48).int64(message.requestIdLSB);
            if (message.oneway != null && $Object.hasOwnProperty.call(message, "oneway") && message.oneway !== false)
                writer.uint32(56).bool(message.oneway);
            if (message.persisted != null && $Object.hasOwnProperty.call(message, "persisted") && message.persisted !== false)
                writer.uint32(64).bool(message.persisted);
            if (message.retries != null && $Object.hasOwnProperty.call(message, "retries"))
                writer.uint32(72).int32(message.retries);
            if (message.additionalInfo != null && $Object.hasOwnProperty.call(message, "additionalInfo"))
                writer.uint32(82).string(message.additionalInfo);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ToDeviceRpcRequestMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.ToDeviceRpcRequestMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.requestId = value;
                        else
                            delete message.requestId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.methodName = value;
                        else
                            delete message.methodName;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.params = value;
                        else
                            delete message.params;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.expirationTime = value;
                        else
                            delete message.expirationTime;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.requestIdMSB = value;
                        else
                            delete message.requestIdMSB;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.requestIdLSB = value;
                        else
                            delete message.requestIdLSB;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.oneway = value;
                        else
                            delete message.oneway;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.persisted = value;
                        else
                            delete message.persisted;
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        message.retries = reader.int32();
                        message._retries = "retries";
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.additionalInfo = reader.stringVerify();
                        message._additionalInfo = "additionalInfo";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ToDeviceRpcRequestMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.ToDeviceRpcRequestMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.ToDeviceRpcRequestMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.ToDeviceRpcRequestMsg();
            if (object.requestId != null)
                if ($Number(object.requestId) !== 0)
                    message.requestId = object.requestId | 0;
            if (object.methodName != null)
                if (typeof object.methodName !== "string" || object.methodName.length)
                    message.methodName = $String(object.methodName);
            if (object.params != null)
                if (typeof object.params !== "string" || object.params.length)
                    message.params = $String(object.params);
            if (object.expirationTime != null)
                if (typeof object.expirationTime === "object" ? object.expirationTime.low || object.expirationTime.high : $Number(object.expirationTime) !== 0)
                    if ($util.Long)
                        message.expirationTime = $util.Long.fromValue(object.expirationTime, false);
                    else if (typeof object.expirationTime === "string")
                        message.expirationTime = $parseInt(object.expirationTime, 10);
                    else if (typeof object.expirationTime === "number")
                        message.expirationTime = object.expirationTime;
                    else if (typeof object.expirationTime === "object")
                        message.expirationTime = new $util.LongBits(object.expirationTime.low >>> 0, object.expirationTime.high >>> 0).toNumber();
            if (object.requestIdMSB != null)
                if (typeof object.requestIdMSB === "object" ? object.requestIdMSB.low || object.requestIdMSB.high : $Number(object.requestIdMSB) !== 0)
                    if ($util.Long)
                        message.requestIdMSB = $util.Long.fromValue(object.requestIdMSB, false);
                    else if (typeof object.requestIdMSB === "string")
                        message.requestIdMSB = $parseInt(object.requestIdMSB, 10);
                    else if (typeof object.requestIdMSB === "number")
                        message.requestIdMSB = object.requestIdMSB;
                    else if (typeof object.requestIdMSB === "object")
                        message.requestIdMSB = new $util.LongBits(object.requestIdMSB.low >>> 0, object.requestIdMSB.high >>> 0).toNumber();
            if (object.requestIdLSB != null)
                if (typeof object.requestIdLSB === "object" ? object.requestIdLSB.low || object.requestIdLSB.high : $Number(object.requestIdLSB) !== 0)
                    if ($util.Long)
                        message.requestIdLSB = $util.Long.fromValue(object.requestIdLSB, false);
                    else if (typeof object.requestIdLSB === "string")
                        message.requestIdLSB = $parseInt(object.requestIdLSB, 10);
                    else if (typeof object.requestIdLSB === "number")
                        message.requestIdLSB = object.requestIdLSB;
                    else if (typeof object.requestIdLSB === "object")
                        message.requestIdLSB = new $util.LongBits(object.requestIdLSB.low >>> 0, object.requestIdLSB.high >>> 0).toNumber();
            if (object.oneway != null)
                if (object.oneway)
                    message.oneway = $Boolean(object.oneway);
            if (object.persisted != null)
                if (object.persisted)
                    message.persisted = $Boolean(object.persisted);
            if (object.retries != null)
                message.retries = object.retries | 0;
            if (object.additionalInfo != null)
                message.additionalInfo = $String(object.additionalInfo);
            return message;
        };

        ToDeviceRpcRequestMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.requestId = 0;
                object.methodName = "";
                object.params = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.expirationTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.expirationTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.requestIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.requestIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.requestIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.requestIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.oneway = false;
                object.persisted = false;
            }
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                object.requestId = message.requestId;
            if (message.methodName != null && $Object.hasOwnProperty.call(message, "methodName"))
                object.methodName = message.methodName;
            if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                object.params = message.params;
            if (message.expirationTime != null && $Object.hasOwnProperty.call(message, "expirationTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.expirationTime = typeof message.expirationTime === "number" ? $BigInt(message.expirationTime) : $util.Long.fromBits(message.expirationTime.low >>> 0, message.expirationTime.high >>> 0, false).toBigInt();
                else if (typeof message.expirationTime === "number")
                    object.expirationTime = options.longs === $String ? $String(message.expirationTime) : message.expirationTime;
                else
                    object.expirationTime = options.longs === $String ? $util.Long.prototype.toString.call(message.expirationTime) : options.longs === $Number ? new $util.LongBits(message.expirationTime.low >>> 0, message.expirationTime.high >>> 0).toNumber() : message.expirationTime;
            if (message.requestIdMSB != null && $Object.hasOwnProperty.call(message, "requestIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.requestIdMSB = typeof message.requestIdMSB === "number" ? $BigInt(message.requestIdMSB) : $util.Long.fromBits(message.requestIdMSB.low >>> 0, message.requestIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.requestIdMSB === "number")
                    object.requestIdMSB = options.longs === $String ? $String(message.requestIdMSB) : message.requestIdMSB;
                else
                    object.requestIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.requestIdMSB) : options.longs === $Number ? new $util.LongBits(message.requestIdMSB.low >>> 0, message.requestIdMSB.high >>> 0).toNumber() : message.requestIdMSB;
            if (message.requestIdLSB != null && $Object.hasOwnProperty.call(message, "requestIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.requestIdLSB = typeof message.requestIdLSB === "number" ? $BigInt(message.requestIdLSB) : $util.Long.fromBits(message.requestIdLSB.low >>> 0, message.requestIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.requestIdLSB === "number")
                    object.requestIdLSB = options.longs === $String ? $String(message.requestIdLSB) : message.requestIdLSB;
                else
                    object.requestIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.requestIdLSB) : options.longs === $Number ? new $util.LongBits(message.requestIdLSB.low >>> 0, message.requestIdLSB.high >>> 0).toNumber() : message.requestIdLSB;
            if (message.oneway != null && $Object.hasOwnProperty.call(message, "oneway"))
                object.oneway = message.oneway;
            if (message.persisted != null && $Object.hasOwnProperty.call(message, "persisted"))
                object.persisted = message.persisted;
            if (message.retries != null && $Object.hasOwnProperty.call(message, "retries"))
                object.retries = message.retries;
            if (message.additionalInfo != null && $Object.hasOwnProperty.call(message, "additionalInfo"))
                object.additionalInfo = message.additionalInfo;
            return object;
        };

        ToDeviceRpcRequestMsg.prototype.toJSON = function() {
            return ToDeviceRpcRequestMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ToDeviceRpcRequestMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.ToDeviceRpcRequestMsg";
        };

        return ToDeviceRpcRequestMsg;
    })();

    transport.ToServerRpcResponseMsg = (function() {

        const ToServerRpcResponseMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ToServerRpcResponseMsg.prototype.requestId = 0;
        ToServerRpcResponseMsg.prototype.payload = "";
        ToServerRpcResponseMsg.prototype.error = "";

        ToServerRpcResponseMsg.create = function(properties) {
            return new ToServerRpcResponseMsg(properties);
        };

        ToServerRpcResponseMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                writer.uint32(8).int32(message.requestId);
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload !== "")
                writer.uint32(18).string(message.payload);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                writer.uint32(26).string(message.error);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ToServerRpcResponseMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.ToServerRpcResponseMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.requestId = value;
                        else
                            delete message.requestId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.payload = value;
                        else
                            delete message.payload;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.error = value;
                        else
                            delete message.error;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ToServerRpcResponseMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.ToServerRpcResponseMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.ToServerRpcResponseMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.ToServerRpcResponseMsg();
            if (object.requestId != null)
                if ($Number(object.requestId) !== 0)
                    message.requestId = object.requestId | 0;
            if (object.payload != null)
                if (typeof object.payload !== "string" || object.payload.length)
                    message.payload = $String(object.payload);
            if (object.error != null)
                if (typeof object.error !== "string" || object.error.length)
                    message.error = $String(object.error);
            return message;
        };

        ToServerRpcResponseMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.requestId = 0;
                object.payload = "";
                object.error = "";
            }
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                object.requestId = message.requestId;
            if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                object.payload = message.payload;
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                object.error = message.error;
            return object;
        };

        ToServerRpcResponseMsg.prototype.toJSON = function() {
            return ToServerRpcResponseMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ToServerRpcResponseMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.ToServerRpcResponseMsg";
        };

        return ToServerRpcResponseMsg;
    })();

    transport.TenantProto = (function() {

        const TenantProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TenantProto.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TenantProto.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TenantProto.prototype.createdTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TenantProto.prototype.title = "";
        TenantProto.prototype.region = null;
        TenantProto.prototype.tenantProfileIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TenantProto.prototype.tenantProfileIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TenantProto.prototype.country = null;
        TenantProto.prototype.state = null;
        TenantProto.prototype.city = null;
        TenantProto.prototype.address = null;
        TenantProto.prototype.address2 = null;
        TenantProto.prototype.zip = null;
        TenantProto.prototype.phone = null;
        TenantProto.prototype.email = null;
        TenantProto.prototype.additionalInfo = null;
        TenantProto.prototype.version = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TenantProto.prototype, "_region", {
            get: $util.oneOfGetter($oneOfFields = ["region"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TenantProto.prototype, "_country", {
            get: $util.oneOfGetter($oneOfFields = ["country"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TenantProto.prototype, "_state", {
            get: $util.oneOfGetter($oneOfFields = ["state"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TenantProto.prototype, "_city", {
            get: $util.oneOfGetter($oneOfFields = ["city"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TenantProto.prototype, "_address", {
            get: $util.oneOfGetter($oneOfFields = ["address"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TenantProto.prototype, "_address2", {
            get: $util.oneOfGetter($oneOfFields = ["address2"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TenantProto.prototype, "_zip", {
            get: $util.oneOfGetter($oneOfFields = ["zip"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TenantProto.prototype, "_phone", {
            get: $util.oneOfGetter($oneOfFields = ["phone"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TenantProto.prototype, "_email", {
            get: $util.oneOfGetter($oneOfFields = ["email"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TenantProto.prototype, "_additionalInfo", {
            get: $util.oneOfGetter($oneOfFields = ["additionalInfo"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(TenantProto.prototype, "_version", {
            get: $util.oneOfGetter($oneOfFields = ["version"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        TenantProto.create = function(properties) {
            return new TenantProto(properties);
        };

        TenantProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(8).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(16).int64(message.tenantIdLSB);
            if (message.createdTime != null && $Object.hasOwnProperty.call(message, "createdTime") && (typeof message.createdTime === "object" ? message.createdTime.low || message.createdTime.high : message.createdTime !== 0))
                writer.uint32(24).int64(message.createdTime);
            if (message.title != null && $Object.hasOwnProperty.call(message, "title") && message.title !== "")
                writer.uint32(34).string(message.title);
            if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                writer.uint32(42).string(message.region);
            if (message.tenantProfileIdMSB != null && $Object.hasOwnProperty.call(message, "tenantProfileIdMSB") && (typeof message.tenantProfileIdMSB === "object" ? message.tenantProfileIdMSB.low || message.tenantProfileIdMSB.high : message.tenantProfileIdMSB !== 0))
                writer.uint32(48).int64(message.tenantProfileIdMSB);
            if (message.tenantProfileIdLSB != null && $Object.hasOwnProperty.call(message, "tenantProfileIdLSB") && (typeof message.tenantProfileIdLSB === "object" ? message.tenantProfileIdLSB.low || message.tenantProfileIdLSB.high : message.tenantProfileIdLSB !== 0))
                writer.uint32(56).int64(message.tenantProfileIdLSB);
            if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                writer.uint32(66).string(message.country);
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                writer.uint32(74).string(message.state);
            if (message.city != null && $Object.hasOwnProperty.call(message, "city"))
                writer.uint32(82).string(message.city);
            if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                writer.uint32(90).string(message.address);
            if (message.address2 != null && $Object.hasOwnProperty.call(message, "address2"))
                writer.uint32(98).string(message.address2);
            if (message.zip != null && $Object.hasOwnProperty.call(message, "zip"))
                writer.uint32(106).string(message.zip);
            if (message.phone != null && $Object.hasOwnProperty.call(message, "phone"))
                writer.uint32(114).string(message.phone);
            if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                writer.uint32(122).string(message.email);
            if (message.additionalInfo != null && $Object.hasOwnProperty.call(message, "additionalInfo"))
                writer.uint32(130).string(message.additionalInfo);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                writer.uint32(136).int64(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TenantProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.TenantProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdMSB = value;
                        else
                            delete message.tenantIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdLSB = value;
                        else
                            delete message.tenantIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.createdTime = value;
                        else
                            delete message.createdTime;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.title = value;
                        else
                            delete message.title;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.region = reader.stringVerify();
                        message._region = "region";
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantProfileIdMSB = value;
                        else
                            delete message.tenantProfileIdMSB;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantProfileIdLSB = value;
                        else
                            delete message.tenantProfileIdLSB;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.country = reader.stringVerify();
                        message._country = "country";
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.state = reader.stringVerify();
                        message._state = "state";
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.city = reader.stringVerify();
                        message._city = "city";
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.address = reader.stringVerify();
                        message._address = "address";
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.address2 = reader.stringVerify();
                        message._address2 = "address2";
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        message.zip = reader.stringVerify();
                        message._zip = "zip";
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        message.phone = reader.stringVerify();
                        message._phone = "phone";
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        message.email = reader.stringVerify();
                        message._email = "email";
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        message.additionalInfo = reader.stringVerify();
                        message._additionalInfo = "additionalInfo";
                        continue;
                    }
                case 17: {
                        if (wireType !== 0)
                            break;
                        message.version = reader.int64();
                        message._version = "version";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TenantProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.TenantProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.TenantProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.TenantProto();
            if (object.tenantIdMSB != null)
                if (typeof object.tenantIdMSB === "object" ? object.tenantIdMSB.low || object.tenantIdMSB.high : $Number(object.tenantIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantIdMSB = $util.Long.fromValue(object.tenantIdMSB, false);
                    else if (typeof object.tenantIdMSB === "string")
                        message.tenantIdMSB = $parseInt(object.tenantIdMSB, 10);
                    else if (typeof object.tenantIdMSB === "number")
                        message.tenantIdMSB = object.tenantIdMSB;
                    else if (typeof object.tenantIdMSB === "object")
                        message.tenantIdMSB = new $util.LongBits(object.tenantIdMSB.low >>> 0, object.tenantIdMSB.high >>> 0).toNumber();
            if (object.tenantIdLSB != null)
                if (typeof object.tenantIdLSB === "object" ? object.tenantIdLSB.low || object.tenantIdLSB.high : $Number(object.tenantIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantIdLSB = $util.Long.fromValue(object.tenantIdLSB, false);
                    else if (typeof object.tenantIdLSB === "string")
                        message.tenantIdLSB = $parseInt(object.tenantIdLSB, 10);
                    else if (typeof object.tenantIdLSB === "number")
                        message.tenantIdLSB = object.tenantIdLSB;
                    else if (typeof object.tenantIdLSB === "object")
                        message.tenantIdLSB = new $util.LongBits(object.tenantIdLSB.low >>> 0, object.tenantIdLSB.high >>> 0).toNumber();
            if (object.createdTime != null)
                if (typeof object.createdTime === "object" ? object.createdTime.low || object.createdTime.high : $Number(object.createdTime) !== 0)
                    if ($util.Long)
                        message.createdTime = $util.Long.fromValue(object.createdTime, false);
                    else if (typeof object.createdTime === "string")
                        message.createdTime = $parseInt(object.createdTime, 10);
                    else if (typeof object.createdTime === "number")
                        message.createdTime = object.createdTime;
                    else if (typeof object.createdTime === "object")
                        message.createdTime = new $util.LongBits(object.createdTime.low >>> 0, object.createdTime.high >>> 0).toNumber();
            if (object.title != null)
                if (typeof object.title !== "string" || object.title.length)
                    message.title = $String(object.title);
            if (object.region != null)
                message.region = $String(object.region);
            if (object.tenantProfileIdMSB != null)
                if (typeof object.tenantProfileIdMSB === "object" ? object.tenantProfileIdMSB.low || object.tenantProfileIdMSB.high : $Number(object.tenantProfileIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantProfileIdMSB = $util.Long.fromValue(object.tenantProfileIdMSB, false);
                    else if (typeof object.tenantProfileIdMSB === "string")
                        message.tenantProfileIdMSB = $parseInt(object.tenantProfileIdMSB, 10);
                    else if (typeof object.tenantProfileIdMSB === "number")
                        message.tenantProfileIdMSB = object.tenantProfileIdMSB;
                    else if (typeof object.tenantProfileIdMSB === "object")
                        message.tenantProfileIdMSB = new $util.LongBits(object.tenantProfileIdMSB.low >>> 0, object.tenantProfileIdMSB.high >>> 0).toNumber();
            if (object.tenantProfileIdLSB != null)
                if (typeof object.tenantProfileIdLSB === "object" ? object.tenantProfileIdLSB.low || object.tenantProfileIdLSB.high : $Number(object.tenantProfileIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantProfileIdLSB = $util.Long.fromValue(object.tenantProfileIdLSB, false);
                    else if (typeof object.tenantProfileIdLSB === "string")
                        message.tenantProfileIdLSB = $parseInt(object.tenantProfileIdLSB, 10);
                    else if (typeof object.tenantProfileIdLSB === "number")
                        message.tenantProfileIdLSB = object.tenantProfileIdLSB;
                    else if (typeof object.tenantProfileIdLSB === "object")
                        message.tenantProfileIdLSB = new $util.LongBits(object.tenantProfileIdLSB.low >>> 0, object.tenantProfileIdLSB.high >>> 0).toNumber();
            if (object.country != null)
                message.country = $String(object.country);
            if (object.state != null)
                message.state = $String(object.state);
            if (object.city != null)
                message.city = $String(object.city);
            if (object.address != null)
                message.address = $String(object.address);
            if (object.address2 != null)
                message.address2 = $String(object.address2);
            if (object.zip != null)
                message.zip = $String(object.zip);
            if (object.phone != null)
                message.phone = $String(object.phone);
            if (object.email != null)
                message.email = $String(object.email);
            if (object.additionalInfo != null)
                message.additionalInfo = $String(object.additionalInfo);
            if (object.version != null)
                if ($util.Long)
                    message.version = $util.Long.fromValue(object.version, false);
                else if (typeof object.version === "string")
                    message.version = $parseInt(object.version, 10);
                else if (typeof object.version === "number")
                    message.version = object.version;
                else if (typeof object.version === "object")
                    message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber();
            return message;
        };

        TenantProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.createdTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.createdTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.title = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantProfileIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantProfileIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantProfileIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantProfileIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdMSB = typeof message.tenantIdMSB === "number" ? $BigInt(message.tenantIdMSB) : $util.Long.fromBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdMSB === "number")
                    object.tenantIdMSB = options.longs === $String ? $String(message.tenantIdMSB) : message.tenantIdMSB;
                else
                    object.tenantIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0).toNumber() : message.tenantIdMSB;
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdLSB = typeof message.tenantIdLSB === "number" ? $BigInt(message.tenantIdLSB) : $util.Long.fromBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdLSB === "number")
                    object.tenantIdLSB = options.longs === $String ? $String(message.tenantIdLSB) : message.tenantIdLSB;
                else
                    object.tenantIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0).toNumber() : message.tenantIdLSB;
            if (message.createdTime != null && $Object.hasOwnProperty.call(message, "createdTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.createdTime = typeof message.createdTime === "number" ? $BigInt(message.createdTime) : $util.Long.fromBits(message.createdTime.low >>> 0, message.createdTime.high >>> 0, false).toBigInt();
                else if (typeof message.createdTime === "number")
                    object.createdTime = options.longs === $String ? $String(message.createdTime) : message.createdTime;
                else
                    object.createdTime = options.longs === $String ? $util.Long.prototype.toString.call(message.createdTime) : options.longs === $Number ? new $util.LongBits(message.createdTime.low >>> 0, message.createdTime.high >>> 0).toNumber() : message.createdTime;
            if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                object.title = message.title;
            if (message.region != null && $Object.hasOwnProperty.call(message, "region"))
                object.region = message.region;
            if (message.tenantProfileIdMSB != null && $Object.hasOwnProperty.call(message, "tenantProfileIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantProfileIdMSB = typeof message.tenantProfileIdMSB === "number" ? $BigInt(message.tenantProfileIdMSB) : $util.Long.fromBits(message.tenantProfileIdMSB.low >>> 0, message.tenantProfileIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantProfileIdMSB === "number")
                    object.tenantProfileIdMSB = options.longs === $String ? $String(message.tenantProfileIdMSB) : message.tenantProfileIdMSB;
                else
                    object.tenantProfileIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantProfileIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantProfileIdMSB.low >>> 0, message.tenantProfileIdMSB.high >>> 0).toNumber() : message.tenantProfileIdMSB;
            if (message.tenantProfileIdLSB != null && $Object.hasOwnProperty.call(message, "tenantProfileIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantProfileIdLSB = typeof message.tenantProfileIdLSB === "number" ? $BigInt(message.tenantProfileIdLSB) : $util.Long.fromBits(message.tenantProfileIdLSB.low >>> 0, message.tenantProfileIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantProfileIdLSB === "number")
                    object.tenantProfileIdLSB = options.longs === $String ? $String(message.tenantProfileIdLSB) : message.tenantProfileIdLSB;
                else
                    object.tenantProfileIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantProfileIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantProfileIdLSB.low >>> 0, message.tenantProfileIdLSB.high >>> 0).toNumber() : message.tenantProfileIdLSB;
            if (message.country != null && $Object.hasOwnProperty.call(message, "country"))
                object.country = message.country;
            if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                object.state = message.state;
            if (message.city != null && $Object.hasOwnProperty.call(message, "city"))
                object.city = message.city;
            if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                object.address = message.address;
            if (message.address2 != null && $Object.hasOwnProperty.call(message, "address2"))
                object.address2 = message.address2;
            if (message.zip != null && $Object.hasOwnProperty.call(message, "zip"))
                object.zip = message.zip;
            if (message.phone != null && $Object.hasOwnProperty.call(message, "phone"))
                object.phone = message.phone;
            if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                object.email = message.email;
            if (message.additionalInfo != null && $Object.hasOwnProperty.call(message, "additionalInfo"))
                object.additionalInfo = message.additionalInfo;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, false).toBigInt();
                else if (typeof message.version === "number")
                    object.version = options.longs === $String ? $String(message.version) : message.version;
                else
                    object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber() : message.version;
            return object;
        };

        TenantProto.prototype.toJSON = function() {
            return TenantProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        TenantProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.TenantProto";
        };

        return TenantProto;
    })();

    transport.DeviceProto = (function() {

        const DeviceProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        DeviceProto.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceProto.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceProto.prototype.deviceIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceProto.prototype.deviceIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceProto.prototype.createdTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceProto.prototype.deviceName = "";
        DeviceProto.prototype.deviceLabel = null;
        DeviceProto.prototype.deviceType = "";
        DeviceProto.prototype.additionalInfo = null;
        DeviceProto.prototype.deviceProfileIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceProto.prototype.deviceProfileIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceProto.prototype.customerIdMSB = null;
        DeviceProto.prototype.customerIdLSB = null;
        DeviceProto.prototype.deviceData = null;
        DeviceProto.prototype.firmwareIdMSB = null;
        DeviceProto.prototype.firmwareIdLSB = null;
        DeviceProto.prototype.softwareIdMSB = null;
        DeviceProto.prototype.softwareIdLSB = null;
        DeviceProto.prototype.externalIdMSB = null;
        DeviceProto.prototype.externalIdLSB = null;
        DeviceProto.prototype.version = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProto.prototype, "_deviceLabel", {
            get: $util.oneOfGetter($oneOfFields = ["deviceLabel"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProto.prototype, "_additionalInfo", {
            get: $util.oneOfGetter($oneOfFields = ["additionalInfo"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProto.prototype, "_customerIdMSB", {
            get: $util.oneOfGetter($oneOfFields = ["customerIdMSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProto.prototype, "_customerIdLSB", {
            get: $util.oneOfGetter($oneOfFields = ["customerIdLSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProto.prototype, "_deviceData", {
            get: $util.oneOfGetter($oneOfFields = ["deviceData"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProto.prototype, "_firmwareIdMSB", {
            get: $util.oneOfGetter($oneOfFields = ["firmwareIdMSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProto.prototype, "_firmwareIdLSB", {
            get: $util.oneOfGetter($oneOfFields = ["firmwareIdLSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProto.prototype, "_softwareIdMSB", {
            get: $util.oneOfGetter($oneOfFields = ["softwareIdMSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProto.prototype, "_softwareIdLSB", {
            get: $util.oneOfGetter($oneOfFields = ["softwareIdLSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProto.prototype, "_externalIdMSB", {
            get: $util.oneOfGetter($oneOfFields = ["externalIdMSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProto.prototype, "_externalIdLSB", {
            get: $util.oneOfGetter($oneOfFields = ["externalIdLSB"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceProto.prototype, "_version", {
            get: $util.oneOfGetter($oneOfFields = ["version"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        DeviceProto.create = function(properties) {
            return new DeviceProto(properties);
        };

        DeviceProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(8).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(16).int64(message.tenantIdLSB);
            if (message.deviceIdMSB != null && $Object.hasOwnProperty.call(message, "deviceIdMSB") && (typeof message.deviceIdMSB === "object" ? message.deviceIdMSB.low || message.deviceIdMSB.high : message.deviceIdMSB !== 0))
                writer.uint32(24).int64(message.deviceIdMSB);
            if (message.deviceIdLSB != null && $Object.hasOwnProperty.call(message, "deviceIdLSB") && (typeof message.deviceIdLSB === "object" ? message.deviceIdLSB.low || message.deviceIdLSB.high : message.deviceIdLSB !== 0))
                writer.uint32(32).int64(message.deviceIdLSB);
            if (message.createdTime != null && $Object.hasOwnProperty.call(message, "createdTime") && (typeof message.createdTime === "object" ? message.createdTime.low || message.createdTime.high : message.createdTime !== 0))
                writer.uint32(40).int64(message.createdTime);
            if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName") && message.deviceName !== "")
                writer.uint32(50).string(message.deviceName);
            if (message.deviceLabel != null && $Object.hasOwnProperty.call(message, "deviceLabel"))
                writer.uint32(58).string(message.deviceLabel);
            if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType") && message.deviceType !== "")
                writer.uint32(66).string(message.deviceType);
            if (message.additionalInfo != null && $Object.hasOwnProperty.call(message, "additionalInfo"))
                writer.uint32(74).string(message.additionalInfo);
            if (message.deviceProfileIdMSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdMSB") && (typeof message.deviceProfileIdMSB === "object" ? message.deviceProfileIdMSB.low || message.deviceProfileIdMSB.high : message.deviceProfileIdMSB !== 0))
                writer.uint32(80).int64(message.deviceProfileIdMSB);
            if (message.deviceProfileIdLSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdLSB") && (typeof message.deviceProfileIdLSB === "object" ? message.deviceProfileIdLSB.low || message.deviceProfileIdLSB.high : message.deviceProfileIdLSB !== 0))
                writer.uint32(88).int64(message.deviceProfileIdLSB);
            if (message.customerIdMSB != null && $Object.hasOwnProperty.call(message, "customerIdMSB"))
                writer.uint32(96).int64(message.customerIdMSB);
            if (message.customerIdLSB != null && $Object.hasOwnProperty.call(message, "customerIdLSB"))
                writer.uint32(104).int64(message.customerIdLSB);
            if (message.deviceData != null && $Object.hasOwnProperty.call(message, "deviceData"))
                writer.uint32(114).bytes(message.deviceData);
            if (message.firmwareIdMSB != null && $Object.hasOwnProperty.call(message, "firmwareIdMSB"))
                writer.uint32(120).int64(message.firmwareIdMSB);
            if (message.firmwareIdLSB != null && $Object.hasOwnProperty.call(message, "firmwareIdLSB"))
                writer.uint32(128).int64(message.firmwareIdLSB);
            if (message.softwareIdMSB != null && $Object.hasOwnProperty.call(message, "softwareIdMSB"))
                writer.uint32(136).int64(message.softwareIdMSB);
            if (message.softwareIdLSB != null && $Object.hasOwnProperty.call(message, "softwareIdLSB"))
                writer.uint32(144).int64(message.softwareIdLSB);
            if (message.externalIdMSB != null && $Object.hasOwnProperty.call(message, "externalIdMSB"))
                writer.uint32(152).int64(message.externalIdMSB);
            if (message.externalIdLSB != null && $Object.hasOwnProperty.call(message, "externalIdLSB"))
                writer.uint32(160).int64(message.externalIdLSB);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                writer.uint32(168).int64(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        DeviceProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.DeviceProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdMSB = value;
                        else
                            delete message.tenantIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdLSB = value;
                        else
                            delete message.tenantIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceIdMSB = value;
                        else
                            delete message.deviceIdMSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceIdLSB = value;
                        else
                            delete message.deviceIdLSB;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.createdTime = value;
                        else
                            delete message.createdTime;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.deviceName = value;
                        else
                            delete message.deviceName;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.deviceLabel = reader.stringVerify();
                        message._deviceLabel = "deviceLabel";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.deviceType = value;
                        else
                            delete message.deviceType;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.additionalInfo = reader.stringVerify();
                        message._additionalInfo = "additionalInfo";
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceProfileIdMSB = value;
                        else
                            delete message.deviceProfileIdMSB;
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.deviceProfileIdLSB = value;
                        else
                            delete message.deviceProfileIdLSB;
                        continue;
                    }
                case 12: {
                        if (wireType !== 0)
                            break;
                        message.customerIdMSB = reader.int64();
                        message._customerIdMSB = "customerIdMSB";
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        message.customerIdLSB = reader.int64();
                        message._customerIdLSB = "customerIdLSB";
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        message.deviceData = reader.bytes();
                        message._deviceData = "deviceData";
                        continue;
                    }
                case 15: {
                        if (wireType !== 0)
                            break;
                        message.firmwareIdMSB = reader.int64();
                        message._firmwareIdMSB = "firmwareIdMSB";
                        continue;
                    }
                case 16: {
                        if (wireType !== 0)
                            break;
                        message.firmwareIdLSB = reader.int64();
                        message._firmwareIdLSB = "firmwareIdLSB";
                        continue;
                    }
                case 17: {
                        if (wireType !== 0)
                            break;
                        message.softwareIdMSB = reader.int64();
                        message._softwareIdMSB = "softwareIdMSB";
                        continue;
                    }
                case 18: {
                        if (wireType !== 0)
                            break;
                        message.softwareIdLSB = reader.int64();
                        message._softwareIdLSB = "softwareIdLSB";
                        continue;
                    }
                case 19: {
                        if (wireType !== 0)
                            break;
                        message.externalIdMSB = reader.int64();
                        message._externalIdMSB = "externalIdMSB";
                        continue;
                    }
                case 20: {
                        if (wireType !== 0)
                            break;
                        message.externalIdLSB = reader.int64();
                        message._externalIdLSB = "externalIdLSB";
                        continue;
                    }
                case 21: {
                        if (wireType !== 0)
                            break;
                        message.version = reader.int64();
                        message._version = "version";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        DeviceProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.DeviceProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.DeviceProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.DeviceProto();
            if (object.tenantIdMSB != null)
                if (typeof object.tenantIdMSB === "object" ? object.tenantIdMSB.low || object.tenantIdMSB.high : $Number(object.tenantIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantIdMSB = $util.Long.fromValue(object.tenantIdMSB, false);
                    else if (typeof object.tenantIdMSB === "string")
                        message.tenantIdMSB = $parseInt(object.tenantIdMSB, 10);
                    else if (typeof object.tenantIdMSB === "number")
                        message.tenantIdMSB = object.tenantIdMSB;
                    else if (typeof object.tenantIdMSB === "object")
                        message.tenantIdMSB = new $util.LongBits(object.tenantIdMSB.low >>> 0, object.tenantIdMSB.high >>> 0).toNumber();
            if (object.tenantIdLSB != null)
                if (typeof object.tenantIdLSB === "object" ? object.tenantIdLSB.low || object.tenantIdLSB.high : $Number(object.tenantIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantIdLSB = $util.Long.fromValue(object.tenantIdLSB, false);
                    else if (typeof object.tenantIdLSB === "string")
                        message.tenantIdLSB = $parseInt(object.tenantIdLSB, 10);
                    else if (typeof object.tenantIdLSB === "number")
                        message.tenantIdLSB = object.tenantIdLSB;
                    else if (typeof object.tenantIdLSB === "object")
                        message.tenantIdLSB = new $util.LongBits(object.tenantIdLSB.low >>> 0, object.tenantIdLSB.high >>> 0).toNumber();
            if (object.deviceIdMSB != null)
                if (typeof object.deviceIdMSB === "object" ? object.deviceIdMSB.low || object.deviceIdMSB.high : $Number(object.deviceIdMSB) !== 0)
                    if ($util.Long)
                        message.deviceIdMSB = $util.Long.fromValue(object.deviceIdMSB, false);
                    else if (typeof object.deviceIdMSB === "string")
                        message.deviceIdMSB = $parseInt(object.deviceIdMSB, 10);
                    else if (typeof object.deviceIdMSB === "number")
                        message.deviceIdMSB = object.deviceIdMSB;
                    else if (typeof object.deviceIdMSB === "object")
                        message.deviceIdMSB = new $util.LongBits(object.deviceIdMSB.low >>> 0, object.deviceIdMSB.high >>> 0).toNumber();
            if (object.deviceIdLSB != null)
                if (typeof object.deviceIdLSB === "object" ? object.deviceIdLSB.low || object.deviceIdLSB.high : $Number(object.deviceIdLSB) !== 0)
                    if ($util.Long)
                        message.deviceIdLSB = $util.Long.fromValue(object.deviceIdLSB, false);
                    else if (typeof object.deviceIdLSB === "string")
                        message.deviceIdLSB = $parseInt(object.deviceIdLSB, 10);
                    else if (typeof object.deviceIdLSB === "number")
                        message.deviceIdLSB = object.deviceIdLSB;
                    else if (typeof object.deviceIdLSB === "object")
                        message.deviceIdLSB = new $util.LongBits(object.deviceIdLSB.low >>> 0, object.deviceIdLSB.high >>> 0).toNumber();
            if (object.createdTime != null)
                if (typeof object.createdTime === "object" ? object.createdTime.low || object.createdTime.high : $Number(object.createdTime) !== 0)
                    if ($util.Long)
                        message.createdTime = $util.Long.fromValue(object.createdTime, false);
                    else if (typeof object.createdTime === "string")
                        message.createdTime = $parseInt(object.createdTime, 10);
                    else if (typeof object.createdTime === "number")
                        message.createdTime = object.createdTime;
                    else if (typeof object.createdTime === "object")
                        message.createdTime = new $util.LongBits(object.createdTime.low >>> 0, object.createdTime.high >>> 0).toNumber();
            if (object.deviceName != null)
                if (typeof object.deviceName !== "string" || object.deviceName.length)
                    message.deviceName = $String(object.deviceName);
            if (object.deviceLabel != null)
                message.deviceLabel = $String(object.deviceLabel);
            if (object.deviceType != null)
                if (typeof object.deviceType !== "string" || object.deviceType.length)
                    message.deviceType = $String(object.deviceType);
            if (object.additionalInfo != null)
                message.additionalInfo = $String(object.additionalInfo);
            if (object.deviceProfileIdMSB != null)
                if (typeof object.deviceProfileIdMSB === "object" ? object.deviceProfileIdMSB.low || object.deviceProfileIdMSB.high : $Number(object.deviceProfileIdMSB) !== 0)
                    if ($util.Long)
                        message.deviceProfileIdMSB = $util.Long.fromValue(object.deviceProfileIdMSB, false);
                    else if (typeof object.deviceProfileIdMSB === "string")
                        message.deviceProfileIdMSB = $parseInt(object.deviceProfileIdMSB, 10);
                    else if (typeof object.deviceProfileIdMSB === "number")
                        message.deviceProfileIdMSB = object.deviceProfileIdMSB;
                    else if (typeof object.deviceProfileIdMSB === "object")
                        message.deviceProfileIdMSB = new $util.LongBits(object.deviceProfileIdMSB.low >>> 0, object.deviceProfileIdMSB.high >>> 0).toNumber();
            if (object.deviceProfileIdLSB != null)
                if (typeof object.deviceProfileIdLSB === "object" ? object.deviceProfileIdLSB.low || object.deviceProfileIdLSB.high : $Number(object.deviceProfileIdLSB) !== 0)
                    if ($util.Long)
                        message.deviceProfileIdLSB = $util.Long.fromValue(object.deviceProfileIdLSB, false);
                    else if (typeof object.deviceProfileIdLSB === "string")
                        message.deviceProfileIdLSB = $parseInt(object.deviceProfileIdLSB, 10);
                    else if (typeof object.deviceProfileIdLSB === "number")
                        message.deviceProfileIdLSB = object.deviceProfileIdLSB;
                    else if (typeof object.deviceProfileIdLSB === "object")
                        message.deviceProfileIdLSB = new $util.LongBits(object.deviceProfileIdLSB.low >>> 0, object.deviceProfileIdLSB.high >>> 0).toNumber();
            if (object.customerIdMSB != null)
                if ($util.Long)
                    message.customerIdMSB = $util.Long.fromValue(object.customerIdMSB, false);
                else if (typeof object.customerIdMSB === "string")
                    message.customerIdMSB = $parseInt(object.customerIdMSB, 10);
                else if (typeof object.customerIdMSB === "number")
                    message.customerIdMSB = object.customerIdMSB;
                else if (typeof object.customerIdMSB === "object")
                    message.customerIdMSB = new $util.LongBits(object.customerIdMSB.low >>> 0, object.customerIdMSB.high >>> 0).toNumber();
            if (object.customerIdLSB != null)
                if ($util.Long)
                    message.customerIdLSB = $util.Long.fromValue(object.customerIdLSB, false);
                else if (typeof object.customerIdLSB === "string")
                    message.customerIdLSB = $parseInt(object.customerIdLSB, 10);
                else if (typeof object.customerIdLSB === "number")
                    message.customerIdLSB = object.customerIdLSB;
                else if (typeof object.customerIdLSB === "object")
                    message.customerIdLSB = new $util.LongBits(object.customerIdLSB.low >>> 0, object.customerIdLSB.high >>> 0).toNumber();
            if (object.deviceData != null)
                if (typeof object.deviceData === "string")
                    $util.base64.decode(object.deviceData, message.deviceData = $util.newBuffer($util.base64.length(object.deviceData)), 0);
                else if (object.deviceData.length >= 0)
                    message.deviceData = object.deviceData;
            if (object.firmwareIdMSB != null)
                if ($util.Long)
                    message.firmwareIdMSB = $util.Long.fromValue(object.firmwareIdMSB, false);
                else if (typeof object.firmwareIdMSB === "string")
                    message.firmwareIdMSB = $parseInt(object.firmwareIdMSB, 10);
                else if (typeof object.firmwareIdMSB === "number")
                    message.firmwareIdMSB = object.firmwareIdMSB;
                else if (typeof object.firmwareIdMSB === "object")
                    message.firmwareIdMSB = new $util.LongBits(object.firmwareIdMSB.low >>> 0, object.firmwareIdMSB.high >>> 0).toNumber();
            if (object.firmwareIdLSB != null)
                if ($util.Long)
                    message.firmwareIdLSB = $util.Long.fromValue(object.firmwareIdLSB, false);
                else if (typeof object.firmwareIdLSB === "string")
                    message.firmwareIdLSB = $parseInt(object.firmwareIdLSB, 10);
                else if (typeof object.firmwareIdLSB === "number")
                    message.firmwareIdLSB = object.firmwareIdLSB;
                else if (typeof object.firmwareIdLSB === "object")
                    message.firmwareIdLSB = new $util.LongBits(object.firmwareIdLSB.low >>> 0, object.firmwareIdLSB.high >>> 0).toNumber();
            if (object.softwareIdMSB != null)
                if ($util.Long)
                    message.softwareIdMSB = $util.Long.fromValue(object.softwareIdMSB, false);
                else if (typeof object.softwareIdMSB === "string")
                    message.softwareIdMSB = $parseInt(object.softwareIdMSB, 10);
                else if (typeof object.softwareIdMSB === "number")
                    message.softwareIdMSB = object.softwareIdMSB;
                else if (typeof object.softwareIdMSB === "object")
                    message.softwareIdMSB = new $util.LongBits(object.softwareIdMSB.low >>> 0, object.softwareIdMSB.high >>> 0).toNumber();
            if (object.softwareIdLSB != null)
                if ($util.Long)
                    message.softwareIdLSB = $util.Long.fromValue(object.softwareIdLSB, false);
                else if (typeof object.softwareIdLSB === "string")
                    message.softwareIdLSB = $parseInt(object.softwareIdLSB, 10);
                else if (typeof object.softwareIdLSB === "number")
                    message.softwareIdLSB = object.softwareIdLSB;
                else if (typeof object.softwareIdLSB === "object")
                    message.softwareIdLSB = new $util.LongBits(object.softwareIdLSB.low >>> 0, object.softwareIdLSB.high >>> 0).toNumber();
            if (object.externalIdMSB != null)
                if ($util.Long)
                    message.externalIdMSB = $util.Long.fromValue(object.externalIdMSB, false);
                else if (typeof object.externalIdMSB === "string")
                    message.externalIdMSB = $parseInt(object.externalIdMSB, 10);
                else if (typeof object.externalIdMSB === "number")
                    message.externalIdMSB = object.externalIdMSB;
                else if (typeof object.externalIdMSB === "object")
                    message.externalIdMSB = new $util.LongBits(object.externalIdMSB.low >>> 0, object.externalIdMSB.high >>> 0).toNumber();
            if (object.externalIdLSB != null)
                if ($util.Long)
                    message.externalIdLSB = $util.Long.fromValue(object.externalIdLSB, false);
                else if (typeof object.externalIdLSB === "string")
                    message.externalIdLSB = $parseInt(object.externalIdLSB, 10);
                else if (typeof object.externalIdLSB === "number")
                    message.externalIdLSB = object.externalIdLSB;
                else if (typeof object.externalIdLSB === "object")
                    message.externalIdLSB = new $util.LongBits(object.externalIdLSB.low >>> 0, object.externalIdLSB.high >>> 0).toNumber();
            if (object.version != null)
                if ($util.Long)
                    message.version = $util.Long.fromValue(object.version, false);
                else if (typeof object.version === "string")
                    message.version = $parseInt(object.version, 10);
                else if (typeof object.version === "number")
                    message.version = object.version;
                else if (typeof object.version === "object")
                    message.version = new $util.LongBits(object.version.low >>> 0, object.version.high >>> 0).toNumber();
            return message;
        };

        DeviceProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.createdTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.createdTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.deviceName = "";
                object.deviceType = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceProfileIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceProfileIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.deviceProfileIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.deviceProfileIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdMSB = typeof message.tenantIdMSB === "number" ? $BigInt(message.tenantIdMSB) : $util.Long.fromBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdMSB === "number")
                    object.tenantIdMSB = options.longs === $String ? $String(message.tenantIdMSB) : message.tenantIdMSB;
                else
                    object.tenantIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0).toNumber() : message.tenantIdMSB;
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdLSB = typeof message.tenantIdLSB === "number" ? $BigInt(message.tenantIdLSB) : $util.Long.fromBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdLSB === "number")
                    object.tenantIdLSB = options.longs === $String ? $String(message.tenantIdLSB) : message.tenantIdLSB;
                else
                    object.tenantIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0).toNumber() : message.tenantIdLSB;
            if (message.deviceIdMSB != null && $Object.hasOwnProperty.call(message, "deviceIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceIdMSB = typeof message.deviceIdMSB === "number" ? $BigInt(message.deviceIdMSB) : $util.Long.fromBits(message.deviceIdMSB.low >>> 0, message.deviceIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceIdMSB === "number")
                    object.deviceIdMSB = options.longs === $String ? $String(message.deviceIdMSB) : message.deviceIdMSB;
                else
                    object.deviceIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceIdMSB) : options.longs === $Number ? new $util.LongBits(message.deviceIdMSB.low >>> 0, message.deviceIdMSB.high >>> 0).toNumber() : message.deviceIdMSB;
            if (message.deviceIdLSB != null && $Object.hasOwnProperty.call(message, "deviceIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceIdLSB = typeof message.deviceIdLSB === "number" ? $BigInt(message.deviceIdLSB) : $util.Long.fromBits(message.deviceIdLSB.low >>> 0, message.deviceIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceIdLSB === "number")
                    object.deviceIdLSB = options.longs === $String ? $String(message.deviceIdLSB) : message.deviceIdLSB;
                else
                    object.deviceIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceIdLSB) : options.longs === $Number ? new $util.LongBits(message.deviceIdLSB.low >>> 0, message.deviceIdLSB.high >>> 0).toNumber() : message.deviceIdLSB;
            if (message.createdTime != null && $Object.hasOwnProperty.call(message, "createdTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.createdTime = typeof message.createdTime === "number" ? $BigInt(message.createdTime) : $util.Long.fromBits(message.createdTime.low >>> 0, message.createdTime.high >>> 0, false).toBigInt();
                else if (typeof message.createdTime === "number")
                    object.createdTime = options.longs === $String ? $String(message.createdTime) : message.createdTime;
                else
                    object.createdTime = options.longs === $String ? $util.Long.prototype.toString.call(message.createdTime) : options.longs === $Number ? new $util.LongBits(message.createdTime.low >>> 0, message.createdTime.high >>> 0).toNumber() : message.createdTime;
            if (message.deviceName != null && $Object.hasOwnProperty.call(message, "deviceName"))
                object.deviceName = message.deviceName;
            if (message.deviceLabel != null && $Object.hasOwnProperty.call(message, "deviceLabel"))
                object.deviceLabel = message.deviceLabel;
            if (message.deviceType != null && $Object.hasOwnProperty.call(message, "deviceType"))
                object.deviceType = message.deviceType;
            if (message.additionalInfo != null && $Object.hasOwnProperty.call(message, "additionalInfo"))
                object.additionalInfo = message.additionalInfo;
            if (message.deviceProfileIdMSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceProfileIdMSB = typeof message.deviceProfileIdMSB === "number" ? $BigInt(message.deviceProfileIdMSB) : $util.Long.fromBits(message.deviceProfileIdMSB.low >>> 0, message.deviceProfileIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceProfileIdMSB === "number")
                    object.deviceProfileIdMSB = options.longs === $String ? $String(message.deviceProfileIdMSB) : message.deviceProfileIdMSB;
                else
                    object.deviceProfileIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceProfileIdMSB) : options.longs === $Number ? new $util.LongBits(message.deviceProfileIdMSB.low >>> 0, message.deviceProfileIdMSB.high >>> 0).toNumber() : message.deviceProfileIdMSB;
            if (message.deviceProfileIdLSB != null && $Object.hasOwnProperty.call(message, "deviceProfileIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.deviceProfileIdLSB = typeof message.deviceProfileIdLSB === "number" ? $BigInt(message.deviceProfileIdLSB) : $util.Long.fromBits(message.deviceProfileIdLSB.low >>> 0, message.deviceProfileIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.deviceProfileIdLSB === "number")
                    object.deviceProfileIdLSB = options.longs === $String ? $String(message.deviceProfileIdLSB) : message.deviceProfileIdLSB;
                else
                    object.deviceProfileIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.deviceProfileIdLSB) : options.longs === $Number ? new $util.LongBits(message.deviceProfileIdLSB.low >>> 0, message.deviceProfileIdLSB.high >>> 0).toNumber() : message.deviceProfileIdLSB;
            if (message.customerIdMSB != null && $Object.hasOwnProperty.call(message, "customerIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.customerIdMSB = typeof message.customerIdMSB === "number" ? $BigInt(message.customerIdMSB) : $util.Long.fromBits(message.customerIdMSB.low >>> 0, message.customerIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.customerIdMSB === "number")
                    object.customerIdMSB = options.longs === $String ? $String(message.customerIdMSB) : message.customerIdMSB;
                else
                    object.customerIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.customerIdMSB) : options.longs === $Number ? new $util.LongBits(message.customerIdMSB.low >>> 0, message.customerIdMSB.high >>> 0).toNumber() : message.customerIdMSB;
            if (message.customerIdLSB != null && $Object.hasOwnProperty.call(message, "customerIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.customerIdLSB = typeof message.customerIdLSB === "number" ? $BigInt(message.customerIdLSB) : $util.Long.fromBits(message.customerIdLSB.low >>> 0, message.customerIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.customerIdLSB === "number")
                    object.customerIdLSB = options.longs === $String ? $String(message.customerIdLSB) : message.customerIdLSB;
                else
                    object.customerIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.customerIdLSB) : options.longs === $Number ? new $util.LongBits(message.customerIdLSB.low >>> 0, message.customerIdLSB.high >>> 0).toNumber() : message.customerIdLSB;
            if (message.deviceData != null && $Object.hasOwnProperty.call(message, "deviceData"))
                object.deviceData = options.bytes === $String ? $util.base64.encode(message.deviceData, 0, message.deviceData.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.deviceData) : message.deviceData;
            if (message.firmwareIdMSB != null && $Object.hasOwnProperty.call(message, "firmwareIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.firmwareIdMSB = typeof message.firmwareIdMSB === "number" ? $BigInt(message.firmwareIdMSB) : $util.Long.fromBits(message.firmwareIdMSB.low >>> 0, message.firmwareIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.firmwareIdMSB === "number")
                    object.firmwareIdMSB = options.longs === $String ? $String(message.firmwareIdMSB) : message.firmwareIdMSB;
                else
                    object.firmwareIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.firmwareIdMSB) : options.longs === $Number ? new $util.LongBits(message.firmwareIdMSB.low >>> 0, message.firmwareIdMSB.high >>> 0).toNumber() : message.firmwareIdMSB;
            if (message.firmwareIdLSB != null && $Object.hasOwnProperty.call(message, "firmwareIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.firmwareIdLSB = typeof message.firmwareIdLSB === "number" ? $BigInt(message.firmwareIdLSB) : $util.Long.fromBits(message.firmwareIdLSB.low >>> 0, message.firmwareIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.firmwareIdLSB === "number")
                    object.firmwareIdLSB = options.longs === $String ? $String(message.firmwareIdLSB) : message.firmwareIdLSB;
                else
                    object.firmwareIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.firmwareIdLSB) : options.longs === $Number ? new $util.LongBits(message.firmwareIdLSB.low >>> 0, message.firmwareIdLSB.high >>> 0).toNumber() : message.firmwareIdLSB;
            if (message.softwareIdMSB != null && $Object.hasOwnProperty.call(message, "softwareIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.softwareIdMSB = typeof message.softwareIdMSB === "number" ? $BigInt(message.softwareIdMSB) : $util.Long.fromBits(message.softwareIdMSB.low >>> 0, message.softwareIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.softwareIdMSB === "number")
                    object.softwareIdMSB = options.longs === $String ? $String(message.softwareIdMSB) : message.softwareIdMSB;
                else
                    object.softwareIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.softwareIdMSB) : options.longs === $Number ? new $util.LongBits(message.softwareIdMSB.low >>> 0, message.softwareIdMSB.high >>> 0).toNumber() : message.softwareIdMSB;
            if (message.softwareIdLSB != null && $Object.hasOwnProperty.call(message, "softwareIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.softwareIdLSB = typeof message.softwareIdLSB === "number" ? $BigInt(message.softwareIdLSB) : $util.Long.fromBits(message.softwareIdLSB.low >>> 0, message.softwareIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.softwareIdLSB === "number")
                    object.softwareIdLSB = options.longs === $String ? $String(message.softwareIdLSB) : message.softwareIdLSB;
                else
                    object.softwareIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.softwareIdLSB) : options.longs === $Number ? new $util.LongBits(message.softwareIdLSB.low >>> 0, message.softwareIdLSB.high >>> 0).toNumber() : message.softwareIdLSB;
            if (message.externalIdMSB != null && $Object.hasOwnProperty.call(message, "externalIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.externalIdMSB = typeof message.externalIdMSB === "number" ? $BigInt(message.externalIdMSB) : $util.Long.fromBits(message.externalIdMSB.low >>> 0, message.externalIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.externalIdMSB === "number")
                    object.externalIdMSB = options.longs === $String ? $String(message.externalIdMSB) : message.externalIdMSB;
                else
                    object.externalIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.externalIdMSB) : options.longs === $Number ? new $util.LongBits(message.externalIdMSB.low >>> 0, message.externalIdMSB.high >>> 0).toNumber() : message.externalIdMSB;
            if (message.externalIdLSB != null && $Object.hasOwnProperty.call(message, "externalIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.externalIdLSB = typeof message.externalIdLSB === "number" ? $BigInt(message.externalIdLSB) : $util.Long.fromBits(message.externalIdLSB.low >>> 0, message.externalIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.externalIdLSB === "number")
                    object.externalIdLSB = options.longs === $String ? $String(message.externalIdLSB) : message.externalIdLSB;
                else
                    object.externalIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.externalIdLSB) : options.longs === $Number ? new $util.LongBits(message.externalIdLSB.low >>> 0, message.externalIdLSB.high >>> 0).toNumber() : message.externalIdLSB;
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.version = typeof message.version === "number" ? $BigInt(message.version) : $util.Long.fromBits(message.version.low >>> 0, message.version.high >>> 0, false).toBigInt();
                else if (typeof message.version === "number")
                    object.version = options.longs === $String ? $String(message.version) : message.version;
                else
                    object.version = options.longs === $String ? $util.Long.prototype.toString.call(message.version) : options.longs === $Number ? new $util.LongBits(message.version.low >>> 0, message.version.high >>> 0).toNumber() : message.version;
            return object;
        };

        DeviceProto.prototype.toJSON = function() {
            return DeviceProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        DeviceProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.DeviceProto";
        };

        return DeviceProto;
    })();

    transport.EntityUpdateMsg = (function() {

        const EntityUpdateMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        EntityUpdateMsg.prototype.tenant = null;
        EntityUpdateMsg.prototype.tenantProfile = null;
        EntityUpdateMsg.prototype.device = null;
        EntityUpdateMsg.prototype.deviceProfile = null;
        EntityUpdateMsg.prototype.apiUsageState = null;

        let $oneOfFields;

        $Object.defineProperty(EntityUpdateMsg.prototype, "entityUpdate", {
            get: $util.oneOfGetter($oneOfFields = ["tenant", "tenantProfile", "device", "deviceProfile", "apiUsageState"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        EntityUpdateMsg.create = function(properties) {
            return new EntityUpdateMsg(properties);
        };

        EntityUpdateMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant"))
                $root.transport.TenantProto.encode(message.tenant, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.tenantProfile != null && $Object.hasOwnProperty.call(message, "tenantProfile"))
                $root.transport.TenantProfileProto.encode(message.tenantProfile, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                $root.transport.DeviceProto.encode(message.device, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.deviceProfile != null && $Object.hasOwnProperty.call(message, "deviceProfile"))
                $root.transport.DeviceProfileProto.encode(message.deviceProfile, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.apiUsageState != null && $Object.hasOwnProperty.call(message, "apiUsageState"))
                $root.transport.ApiUsageStateProto.encode(message.apiUsageState, writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        EntityUpdateMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.EntityUpdateMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.tenant = $root.transport.TenantProto.decode(reader, reader.size(), $undefined, _depth + 1, message.tenant);
                        message.entityUpdate = "tenant";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.tenantProfile = $root.transport.TenantProfileProto.decode(reader, reader.size(), $undefined, _depth + 1, message.tenantProfile);
                        message.entityUpdate = "tenantProfile";
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.device = $root.transport.DeviceProto.decode(reader, reader.size(), $undefined, _depth + 1, message.device);
                        message.entityUpdate = "device";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.deviceProfile = $root.transport.DeviceProfileProto.decode(reader, reader.size(), $undefined, _depth + 1, message.deviceProfile);
                        message.entityUpdate = "deviceProfile";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.apiUsageState = $root.transport.ApiUsageStateProto.decode(reader, reader.size(), $undefined, _depth + 1, message.apiUsageState);
                        message.entityUpdate = "apiUsageState";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        EntityUpdateMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.EntityUpdateMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.EntityUpdateMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.EntityUpdateMsg();
            if (object.tenant != null) {
                if (!$util.isObject(object.tenant))
                    throw $TypeError(".transport.EntityUpdateMsg.tenant: object expected");
                message.tenant = $root.transport.TenantProto.fromObject(object.tenant, _depth + 1);
            }
            if (object.tenantProfile != null) {
                if (!$util.isObject(object.tenantProfile))
                    throw $TypeError(".transport.EntityUpdateMsg.tenantProfile: object expected");
                message.tenantProfile = $root.transport.TenantProfileProto.fromObject(object.tenantProfile, _depth + 1);
            }
            if (object.device != null) {
                if (!$util.isObject(object.device))
                    throw $TypeError(".transport.EntityUpdateMsg.device: object expected");
                message.device = $root.transport.DeviceProto.fromObject(object.device, _depth + 1);
            }
            if (object.deviceProfile != null) {
                if (!$util.isObject(object.deviceProfile))
                    throw $TypeError(".transport.EntityUpdateMsg.deviceProfile: object expected");
                message.deviceProfile = $root.transport.DeviceProfileProto.fromObject(object.deviceProfile, _depth + 1);
            }
            if (object.apiUsageState != null) {
                if (!$util.isObject(object.apiUsageState))
                    throw $TypeError(".transport.EntityUpdateMsg.apiUsageState: object expected");
                message.apiUsageState = $root.transport.ApiUsageStateProto.fromObject(object.apiUsageState, _depth + 1);
            }
            return message;
        };

        EntityUpdateMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.tenant != null && $Object.hasOwnProperty.call(message, "tenant")) {
                object.tenant = $root.transport.TenantProto.toObject(message.tenant, options, _depth + 1);
                if (options.oneofs)
                    object.entityUpdate = "tenant";
            }
            if (message.tenantProfile != null && $Object.hasOwnProperty.call(message, "tenantProfile")) {
                object.tenantProfile = $root.transport.TenantProfileProto.toObject(message.tenantProfile, options, _depth + 1);
                if (options.oneofs)
                    object.entityUpdate = "tenantProfile";
            }
            if (message.device != null && $Object.hasOwnProperty.call(message, "device")) {
                object.device = $root.transport.DeviceProto.toObject(message.device, options, _depth + 1);
                if (options.oneofs)
                    object.entityUpdate = "device";
            }
            if (message.deviceProfile != null && $Object.hasOwnProperty.call(message, "deviceProfile")) {
                object.deviceProfile = $root.transport.DeviceProfileProto.toObject(message.deviceProfile, options, _depth + 1);
                if (options.oneofs)
                    object.entityUpdate = "deviceProfile";
            }
            if (message.apiUsageState != null && $Object.hasOwnProperty.call(message, "apiUsageState")) {
                object.apiUsageState = $root.transport.ApiUsageStateProto.toObject(message.apiUsageState, options, _depth + 1);
                if (options.oneofs)
                    object.entityUpdate = "apiUsageState";
            }
            return object;
        };

        EntityUpdateMsg.prototype.toJSON = function() {
            return EntityUpdateMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        EntityUpdateMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.EntityUpdateMsg";
        };

        return EntityUpdateMsg;
    })();

    transport.EntityDeleteMsg = (function() {

        const EntityDeleteMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        EntityDeleteMsg.prototype.entityType = "";
        EntityDeleteMsg.prototype.entityIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        EntityDeleteMsg.prototype.entityIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        EntityDeleteMsg.create = function(properties) {
            return new EntityDeleteMsg(properties);
        };

        EntityDeleteMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.entityType != null && $Object.hasOwnProperty.call(message, "entityType") && message.entityType !== "")
                writer.uint32(10).string(message.entityType);
            if (message.entityIdMSB != null && $Object.hasOwnProperty.call(message, "entityIdMSB") && (typeof message.entityIdMSB === "object" ? message.entityIdMSB.low || message.entityIdMSB.high : message.entityIdMSB !== 0))
                writer.uint32(16).int64(message.entityIdMSB);
            if (message.entityIdLSB != null && $Object.hasOwnProperty.call(message, "entityIdLSB") && (typeof message.entityIdLSB === "object" ? message.entityIdLSB.low || message.entityIdLSB.high : message.entityIdLSB !== 0))
                writer.uint32(24).int64(message.entityIdLSB);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        EntityDeleteMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.EntityDeleteMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.entityType = value;
                        else
                            delete message.entityType;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.entityIdMSB = value;
                        else
                            delete message.entityIdMSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.entityIdLSB = value;
                        else
                            delete message.entityIdLSB;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        EntityDeleteMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.EntityDeleteMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.EntityDeleteMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.EntityDeleteMsg();
            if (object.entityType != null)
                if (typeof object.entityType !== "string" || object.entityType.length)
                    message.entityType = $String(object.entityType);
            if (object.entityIdMSB != null)
                if (typeof object.entityIdMSB === "object" ? object.entityIdMSB.low || object.entityIdMSB.high : $Number(object.entityIdMSB) !== 0)
                    if ($util.Long)
                        message.entityIdMSB = $util.Long.fromValue(object.entityIdMSB, false);
                    else if (typeof object.entityIdMSB === "string")
                        message.entityIdMSB = $parseInt(object.entityIdMSB, 10);
                    else if (typeof object.entityIdMSB === "number")
                        message.entityIdMSB = object.entityIdMSB;
                    else if (typeof object.entityIdMSB === "object")
                        message.entityIdMSB = new $util.LongBits(object.entityIdMSB.low >>> 0, object.entityIdMSB.high >>> 0).toNumber();
            if (object.entityIdLSB != null)
                if (typeof object.entityIdLSB === "object" ? object.entityIdLSB.low || object.entityIdLSB.high : $Number(object.entityIdLSB) !== 0)
                    if ($util.Long)
                        message.entityIdLSB = $util.Long.fromValue(object.entityIdLSB, false);
                    else if (typeof object.entityIdLSB === "string")
                        message.entityIdLSB = $parseInt(object.entityIdLSB, 10);
                    else if (typeof object.entityIdLSB === "number")
                        message.entityIdLSB = object.entityIdLSB;
                    else if (typeof object.entityIdLSB === "object")
                        message.entityIdLSB = new $util.LongBits(object.entityIdLSB.low >>> 0, object.entityIdLSB.high >>> 0).toNumber();
            return message;
        };

        EntityDeleteMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.entityType = "";
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.entityIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.entityIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.entityIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.entityIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.entityType != null && $Object.hasOwnProperty.call(message, "entityType"))
                object.entityType = message.entityType;
            if (message.entityIdMSB != null && $Object.hasOwnProperty.call(message, "entityIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.entityIdMSB = typeof message.entityIdMSB === "number" ? $BigInt(message.entityIdMSB) : $util.Long.fromBits(message.entityIdMSB.low >>> 0, message.entityIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.entityIdMSB === "number")
                    object.entityIdMSB = options.longs === $String ? $String(message.entityIdMSB) : message.entityIdMSB;
                else
                    object.entityIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.entityIdMSB) : options.longs === $Number ? new $util.LongBits(message.entityIdMSB.low >>> 0, message.entityIdMSB.high >>> 0).toNumber() : message.entityIdMSB;
            if (message.entityIdLSB != null && $Object.hasOwnProperty.call(message, "entityIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.entityIdLSB = typeof message.entityIdLSB === "number" ? $BigInt(message.entityIdLSB) : $util.Long.fromBits(message.entityIdLSB.low >>> 0, message.entityIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.entityIdLSB === "number")
                    object.entityIdLSB = options.longs === $String ? $String(message.entityIdLSB) : message.entityIdLSB;
                else
                    object.entityIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.entityIdLSB) : options.longs === $Number ? new $util.LongBits(message.entityIdLSB.low >>> 0, message.entityIdLSB.high >>> 0).toNumber() : message.entityIdLSB;
            return object;
        };

        EntityDeleteMsg.prototype.toJSON = function() {
            return EntityDeleteMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        EntityDeleteMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.EntityDeleteMsg";
        };

        return EntityDeleteMsg;
    })();

    transport.ToTransportUpdateCredentialsProto = (function() {

        const ToTransportUpdateCredentialsProto = function (properties) {
            this.credentialsId = [];
            this.credentialsValue = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ToTransportUpdateCredentialsProto.prototype.credentialsId = $util.emptyArray;
        ToTransportUpdateCredentialsProto.prototype.credentialsValue = $util.emptyArray;

        ToTransportUpdateCredentialsProto.create = function(properties) {
            return new ToTransportUpdateCredentialsProto(properties);
        };

        ToTransportUpdateCredentialsProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.credentialsId != null && message.credentialsId.length)
                for (let i = 0; i < message.credentialsId.length; ++i)
                    writer.uint32(10).string(message.credentialsId[i]);
            if (message.credentialsValue != null && message.credentialsValue.length)
                for (let i = 0; i < message.credentialsValue.length; ++i)
                    writer.uint32(18).string(message.credentialsValue[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ToTransportUpdateCredentialsProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.ToTransportUpdateCredentialsProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.credentialsId && message.credentialsId.length))
                            message.credentialsId = [];
                        message.credentialsId.push(reader.stringVerify());
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.credentialsValue && message.credentialsValue.length))
                            message.credentialsValue = [];
                        message.credentialsValue.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ToTransportUpdateCredentialsProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.ToTransportUpdateCredentialsProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.ToTransportUpdateCredentialsProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.ToTransportUpdateCredentialsProto();
            if (object.credentialsId) {
                if (!$Array.isArray(object.credentialsId))
                    throw $TypeError(".transport.ToTransportUpdateCredentialsProto.credentialsId: array expected");
                message.credentialsId = $Array(object.credentialsId.length);
                for (let i = 0; i < object.credentialsId.length; ++i)
                    message.credentialsId[i] = $String(object.credentialsId[i]);
            }
            if (object.credentialsValue) {
                if (!$Array.isArray(object.credentialsValue))
                    throw $TypeError(".transport.ToTransportUpdateCredentialsProto.credentialsValue: array expected");
                message.credentialsValue = $Array(object.credentialsValue.length);
                for (let i = 0; i < object.credentialsValue.length; ++i)
                    message.credentialsValue[i] = $String(object.credentialsValue[i]);
            }
            return message;
        };

        ToTransportUpdateCredentialsProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.credentialsId = [];
                object.credentialsValue = [];
            }
            if (message.credentialsId && message.credentialsId.length) {
                object.credentialsId = $Array(message.credentialsId.length);
                for (let j = 0; j < message.credentialsId.length; ++j)
                    object.credentialsId[j] = message.credentialsId[j];
            }
            if (message.credentialsValue && message.credentialsValue.length) {
                object.credentialsValue = $Array(message.credentialsValue.length);
                for (let j = 0; j < message.credentialsValue.length; ++j)
                    object.credentialsValue[j] = message.credentialsValue[j];
            }
            return object;
        };

        ToTransportUpdateCredentialsProto.prototype.toJSON = function() {
            return ToTransportUpdateCredentialsProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        ToTransportUpdateCredentialsProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.ToTransportUpdateCredentialsProto";
        };

        return ToTransportUpdateCredentialsProto;
    })();

    transport.ResourceUpdateMsg = (function() {

        const ResourceUpdateMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ResourceUpdateMsg.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ResourceUpdateMsg.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ResourceUpdateMsg.prototype.resourceType = "";
        ResourceUpdateMsg.prototype.resourceKey = "";

        ResourceUpdateMsg.create = function(properties) {
            return new ResourceUpdateMsg(properties);
        };

        ResourceUpdateMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(8).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(16).int64(message.tenantIdLSB);
            if (message.resourceType != null && $Object.hasOwnProperty.call(message, "resourceType") && message.resourceType !== "")
                writer.uint32(26).string(message.resourceType);
            if (message.resourceKey != null && $Object.hasOwnProperty.call(message, "resourceKey") && message.resourceKey !== "")
                writer.uint32(34).string(message.resourceKey);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ResourceUpdateMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.ResourceUpdateMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdMSB = value;
                        else
                            delete message.tenantIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdLSB = value;
                        else
                            delete message.tenantIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.resourceType = value;
                        else
                            delete message.resourceType;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.resourceKey = value;
                        else
                            delete message.resourceKey;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ResourceUpdateMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.ResourceUpdateMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.ResourceUpdateMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.ResourceUpdateMsg();
            if (object.tenantIdMSB != null)
                if (typeof object.tenantIdMSB === "object" ? object.tenantIdMSB.low || object.tenantIdMSB.high : $Number(object.tenantIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantIdMSB = $util.Long.fromValue(object.tenantIdMSB, false);
                    else if (typeof object.tenantIdMSB === "string")
                        message.tenantIdMSB = $parseInt(object.tenantIdMSB, 10);
                    else if (typeof object.tenantIdMSB === "number")
                        message.tenantIdMSB = object.tenantIdMSB;
                    else if (typeof object.tenantIdMSB === "object")
                        message.tenantIdMSB = new $util.LongBits(object.tenantIdMSB.low >>> 0, object.tenantIdMSB.high >>> 0).toNumber();
            if (object.tenantIdLSB != null)
                if (typeof object.tenantIdLSB === "object" ? object.tenantIdLSB.low || object.tenantIdLSB.high : $Number(object.tenantIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantIdLSB = $util.Long.fromValue(object.tenantIdLSB, false);
                    else if (typeof object.tenantIdLSB === "string")
                        message.tenantIdLSB = $parseInt(object.tenantIdLSB, 10);
                    else if (typeof object.tenantIdLSB === "number")
                        message.tenantIdLSB = object.tenantIdLSB;
                    else if (typeof object.tenantIdLSB === "object")
                        message.tenantIdLSB = new $util.LongBits(object.tenantIdLSB.low >>> 0, object.tenantIdLSB.high >>> 0).toNumber();
            if (object.resourceType != null)
                if (typeof object.resourceType !== "string" || object.resourceType.length)
                    message.resourceType = $String(object.resourceType);
            if (object.resourceKey != null)
                if (typeof object.resourceKey !== "string" || object.resourceKey.length)
                    message.resourceKey = $String(object.resourceKey);
            return message;
        };

        ResourceUpdateMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.resourceType = "";
                object.resourceKey = "";
            }
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdMSB = typeof message.tenantIdMSB === "number" ? $BigInt(message.tenantIdMSB) : $util.Long.fromBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdMSB === "number")
                    object.tenantIdMSB = options.longs === $String ? $String(message.tenantIdMSB) : message.tenantIdMSB;
                else
                    object.tenantIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0).toNumber() : message.tenantIdMSB;
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdLSB = typeof message.tenantIdLSB === "number" ? $BigInt(message.tenantIdLSB) : $util.Long.fromBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdLSB === "number")
                    object.tenantIdLSB = options.longs === $String ? $String(message.tenantIdLSB) : message.tenantIdLSB;
                else
                    object.tenantIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0).toNumber() : message.tenantIdLSB;
            if (message.resourceType != null && $Object.hasOwnProperty.call(message, "resourceType"))
                object.resourceType = message.resourceType;
            if (message.resourceKey != null && $Object.hasOwnProperty.call(message, "resourceKey"))
                object.resourceKey = message.resourceKey;
            return object;
        };

        ResourceUpdateMsg.prototype.toJSON = function() {
            return ResourceUpdateMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ResourceUpdateMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.ResourceUpdateMsg";
        };

        return ResourceUpdateMsg;
    })();

    transport.ResourceDeleteMsg = (function() {

        const ResourceDeleteMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ResourceDeleteMsg.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ResourceDeleteMsg.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ResourceDeleteMsg.prototype.resourceType = "";
        ResourceDeleteMsg.prototype.resourceKey = "";

        ResourceDeleteMsg.create = function(properties) {
            return new ResourceDeleteMsg(properties);
        };

        ResourceDeleteMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(8).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(16).int64(message.tenantIdLSB);
            if (message.resourceType != null && $Object.hasOwnProperty.call(message, "resourceType") && message.resourceType !== "")
                writer.uint32(26).string(message.resourceType);
            if (message.resourceKey != null && $Object.hasOwnProperty.call(message, "resourceKey") && message.resourceKey !== "")
                writer.uint32(34).string(message.resourceKey);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ResourceDeleteMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.ResourceDeleteMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdMSB = value;
                        else
                            delete message.tenantIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdLSB = value;
                        else
                            delete message.tenantIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.resourceType = value;
                        else
                            delete message.resourceType;
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.resourceKey = value;
                        else
                            delete message.resourceKey;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ResourceDeleteMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.ResourceDeleteMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.ResourceDeleteMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.ResourceDeleteMsg();
            if (object.tenantIdMSB != null)
                if (typeof object.tenantIdMSB === "object" ? object.tenantIdMSB.low || object.tenantIdMSB.high : $Number(object.tenantIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantIdMSB = $util.Long.fromValue(object.tenantIdMSB, false);
                    else if (typeof object.tenantIdMSB === "string")
                        message.tenantIdMSB = $parseInt(object.tenantIdMSB, 10);
                    else if (typeof object.tenantIdMSB === "number")
                        message.tenantIdMSB = object.tenantIdMSB;
                    else if (typeof object.tenantIdMSB === "object")
                        message.tenantIdMSB = new $util.LongBits(object.tenantIdMSB.low >>> 0, object.tenantIdMSB.high >>> 0).toNumber();
            if (object.tenantIdLSB != null)
                if (typeof object.tenantIdLSB === "object" ? object.tenantIdLSB.low || object.tenantIdLSB.high : $Number(object.tenantIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantIdLSB = $util.Long.fromValue(object.tenantIdLSB, false);
                    else if (typeof object.tenantIdLSB === "string")
                        message.tenantIdLSB = $parseInt(object.tenantIdLSB, 10);
                    else if (typeof object.tenantIdLSB === "number")
                        message.tenantIdLSB = object.tenantIdLSB;
                    else if (typeof object.tenantIdLSB === "object")
                        message.tenantIdLSB = new $util.LongBits(object.tenantIdLSB.low >>> 0, object.tenantIdLSB.high >>> 0).toNumber();
            if (object.resourceType != null)
                if (typeof object.resourceType !== "string" || object.resourceType.length)
                    message.resourceType = $String(object.resourceType);
            if (object.resourceKey != null)
                if (typeof object.resourceKey !== "string" || object.resourceKey.length)
                    message.resourceKey = $String(object.resourceKey);
            return message;
        };

        ResourceDeleteMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.resourceType = "";
                object.resourceKey = "";
            }
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdMSB = typeof message.tenantIdMSB === "number" ? $BigInt(message.tenantIdMSB) : $util.Long.fromBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdMSB === "number")
                    object.tenantIdMSB = options.longs === $String ? $String(message.tenantIdMSB) : message.tenantIdMSB;
                else
                    object.tenantIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0).toNumber() : message.tenantIdMSB;
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdLSB = typeof message.tenantIdLSB === "number" ? $BigInt(message.tenantIdLSB) : $util.Long.fromBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdLSB === "number")
                    object.tenantIdLSB = options.longs === $String ? $String(message.tenantIdLSB) : message.tenantIdLSB;
                else
                    object.tenantIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0).toNumber() : message.tenantIdLSB;
            if (message.resourceType != null && $Object.hasOwnProperty.call(message, "resourceType"))
                object.resourceType = message.resourceType;
            if (message.resourceKey != null && $Object.hasOwnProperty.call(message, "resourceKey"))
                object.resourceKey = message.resourceKey;
            return object;
        };

        ResourceDeleteMsg.prototype.toJSON = function() {
            return ResourceDeleteMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ResourceDeleteMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.ResourceDeleteMsg";
        };

        return ResourceDeleteMsg;
    })();

    transport.UplinkNotificationMsg = (function() {

        const UplinkNotificationMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        UplinkNotificationMsg.prototype.uplinkTs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        UplinkNotificationMsg.create = function(properties) {
            return new UplinkNotificationMsg(properties);
        };

        UplinkNotificationMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uplinkTs != null && $Object.hasOwnProperty.call(message, "uplinkTs") && (typeof message.uplinkTs === "object" ? message.uplinkTs.low || message.uplinkTs.high : message.uplinkTs !== 0))
                writer.uint32(8).int64(message.uplinkTs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        UplinkNotificationMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.UplinkNotificationMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.uplinkTs = value;
                        else
                            delete message.uplinkTs;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        UplinkNotificationMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.UplinkNotificationMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.UplinkNotificationMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.UplinkNotificationMsg();
            if (object.uplinkTs != null)
                if (typeof object.uplinkTs === "object" ? object.uplinkTs.low || object.uplinkTs.high : $Number(object.uplinkTs) !== 0)
                    if ($util.Long)
                        message.uplinkTs = $util.Long.fromValue(object.uplinkTs, false);
                    else if (typeof object.uplinkTs === "string")
                        message.uplinkTs = $parseInt(object.uplinkTs, 10);
                    else if (typeof object.uplinkTs === "number")
                        message.uplinkTs = object.uplinkTs;
                    else if (typeof object.uplinkTs === "object")
                        message.uplinkTs = new $util.LongBits(object.uplinkTs.low >>> 0, object.uplinkTs.high >>> 0).toNumber();
            return message;
        };

        UplinkNotificationMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.uplinkTs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.uplinkTs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.uplinkTs != null && $Object.hasOwnProperty.call(message, "uplinkTs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.uplinkTs = typeof message.uplinkTs === "number" ? $BigInt(message.uplinkTs) : $util.Long.fromBits(message.uplinkTs.low >>> 0, message.uplinkTs.high >>> 0, false).toBigInt();
                else if (typeof message.uplinkTs === "number")
                    object.uplinkTs = options.longs === $String ? $String(message.uplinkTs) : message.uplinkTs;
                else
                    object.uplinkTs = options.longs === $String ? $util.Long.prototype.toString.call(message.uplinkTs) : options.longs === $Number ? new $util.LongBits(message.uplinkTs.low >>> 0, message.uplinkTs.high >>> 0).toNumber() : message.uplinkTs;
            return object;
        };

        UplinkNotificationMsg.prototype.toJSON = function() {
            return UplinkNotificationMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        UplinkNotificationMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.UplinkNotificationMsg";
        };

        return UplinkNotificationMsg;
    })();

    transport.QueueUpdateMsg = (function() {

        const QueueUpdateMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        QueueUpdateMsg.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueueUpdateMsg.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueueUpdateMsg.prototype.queueIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueueUpdateMsg.prototype.queueIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueueUpdateMsg.prototype.queueName = "";
        QueueUpdateMsg.prototype.queueTopic = "";
        QueueUpdateMsg.prototype.partitions = 0;
        QueueUpdateMsg.prototype.duplicateMsgToAllPartitions = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(QueueUpdateMsg.prototype, "_duplicateMsgToAllPartitions", {
            get: $util.oneOfGetter($oneOfFields = ["duplicateMsgToAllPartitions"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        QueueUpdateMsg.create = function(properties) {
            return new QueueUpdateMsg(properties);
        };

        QueueUpdateMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(8).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(16).int64(message.tenantIdLSB);
            if (message.queueIdMSB != null && $Object.hasOwnProperty.call(message, "queueIdMSB") && (typeof message.queueIdMSB === "object" ? message.queueIdMSB.low || message.queueIdMSB.high : message.queueIdMSB !== 0))
                writer.uint32(24).int64(message.queueIdMSB);
            if (message.queueIdLSB != null && $Object.hasOwnProperty.call(message, "queueIdLSB") && (typeof message.queueIdLSB === "object" ? message.queueIdLSB.low || message.queueIdLSB.high : message.queueIdLSB !== 0))
                writer.uint32(32).int64(message.queueIdLSB);
            if (message.queueName != null && $Object.hasOwnProperty.call(message, "queueName") && message.queueName !== "")
                writer.uint32(42).string(message.queueName);
            if (message.queueTopic != null && $Object.hasOwnProperty.call(message, "queueTopic") && message.queueTopic !== "")
                writer.uint32(50).string(message.queueTopic);
            if (message.partitions != null && $Object.hasOwnProperty.call(message, "partitions") && message.partitions !== 0)
                writer.uint32(56).int32(message.partitions);
            if (message.duplicateMsgToAllPartitions != null && $Object.hasOwnProperty.call(message, "duplicateMsgToAllPartitions"))
                writer.uint32(64).bool(message.duplicateMsgToAllPartitions);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        QueueUpdateMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.QueueUpdateMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdMSB = value;
                        else
                            delete message.tenantIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdLSB = value;
                        else
                            delete message.tenantIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.queueIdMSB = value;
                        else
                            delete message.queueIdMSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.queueIdLSB = value;
                        else
                            delete message.queueIdLSB;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.queueName = value;
                        else
                            delete message.queueName;
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.queueTopic = value;
                        else
                            delete message.queueTopic;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.partitions = value;
                        else
                            delete message.partitions;
                        continue;
                    }
                case 8: {
                        if (wireType !== 0)
                            break;
                        message.duplicateMsgToAllPartitions = reader.bool();
                        message._duplicateMsgToAllPartitions = "duplicateMsgToAllPartitions";
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        QueueUpdateMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.QueueUpdateMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.QueueUpdateMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.QueueUpdateMsg();
            if (object.tenantIdMSB != null)
                if (typeof object.tenantIdMSB === "object" ? object.tenantIdMSB.low || object.tenantIdMSB.high : $Number(object.tenantIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantIdMSB = $util.Long.fromValue(object.tenantIdMSB, false);
                    else if (typeof object.tenantIdMSB === "string")
                        message.tenantIdMSB = $parseInt(object.tenantIdMSB, 10);
                    else if (typeof object.tenantIdMSB === "number")
                        message.tenantIdMSB = object.tenantIdMSB;
                    else if (typeof object.tenantIdMSB === "object")
                        message.tenantIdMSB = new $util.LongBits(object.tenantIdMSB.low >>> 0, object.tenantIdMSB.high >>> 0).toNumber();
            if (object.tenantIdLSB != null)
                if (typeof object.tenantIdLSB === "object" ? object.tenantIdLSB.low || object.tenantIdLSB.high : $Number(object.tenantIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantIdLSB = $util.Long.fromValue(object.tenantIdLSB, false);
                    else if (typeof object.tenantIdLSB === "string")
                        message.tenantIdLSB = $parseInt(object.tenantIdLSB, 10);
                    else if (typeof object.tenantIdLSB === "number")
                        message.tenantIdLSB = object.tenantIdLSB;
                    else if (typeof object.tenantIdLSB === "object")
                        message.tenantIdLSB = new $util.LongBits(object.tenantIdLSB.low >>> 0, object.tenantIdLSB.high >>> 0).toNumber();
            if (object.queueIdMSB != null)
                if (typeof object.queueIdMSB === "object" ? object.queueIdMSB.low || object.queueIdMSB.high : $Number(object.queueIdMSB) !== 0)
                    if ($util.Long)
                        message.queueIdMSB = $util.Long.fromValue(object.queueIdMSB, false);
                    else if (typeof object.queueIdMSB === "string")
                        message.queueIdMSB = $parseInt(object.queueIdMSB, 10);
                    else if (typeof object.queueIdMSB === "number")
                        message.queueIdMSB = object.queueIdMSB;
                    else if (typeof object.queueIdMSB === "object")
                        message.queueIdMSB = new $util.LongBits(object.queueIdMSB.low >>> 0, object.queueIdMSB.high >>> 0).toNumber();
            if (object.queueIdLSB != null)
                if (typeof object.queueIdLSB === "object" ? object.queueIdLSB.low || object.queueIdLSB.high : $Number(object.queueIdLSB) !== 0)
                    if ($util.Long)
                        message.queueIdLSB = $util.Long.fromValue(object.queueIdLSB, false);
                    else if (typeof object.queueIdLSB === "string")
                        message.queueIdLSB = $parseInt(object.queueIdLSB, 10);
                    else if (typeof object.queueIdLSB === "number")
                        message.queueIdLSB = object.queueIdLSB;
                    else if (typeof object.queueIdLSB === "object")
                        message.queueIdLSB = new $util.LongBits(object.queueIdLSB.low >>> 0, object.queueIdLSB.high >>> 0).toNumber();
            if (object.queueName != null)
                if (typeof object.queueName !== "string" || object.queueName.length)
                    message.queueName = $String(object.queueName);
            if (object.queueTopic != null)
                if (typeof object.queueTopic !== "string" || object.queueTopic.length)
                    message.queueTopic = $String(object.queueTopic);
            if (object.partitions != null)
                if ($Number(object.partitions) !== 0)
                    message.partitions = object.partitions | 0;
            if (object.duplicateMsgToAllPartitions != null)
                message.duplicateMsgToAllPartitions = $Boolean(object.duplicateMsgToAllPartitions);
            return message;
        };

        QueueUpdateMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.queueIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.queueIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.queueIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.queueIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.queueName = "";
                object.queueTopic = "";
                object.partitions = 0;
            }
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdMSB = typeof message.tenantIdMSB === "number" ? $BigInt(message.tenantIdMSB) : $util.Long.fromBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdMSB === "number")
                    object.tenantIdMSB = options.longs === $String ? $String(message.tenantIdMSB) : message.tenantIdMSB;
                else
                    object.tenantIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0).toNumber() : message.tenantIdMSB;
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdLSB = typeof message.tenantIdLSB === "number" ? $BigInt(message.tenantIdLSB) : $util.Long.fromBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdLSB === "number")
                    object.tenantIdLSB = options.longs === $String ? $String(message.tenantIdLSB) : message.tenantIdLSB;
                else
                    object.tenantIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0).toNumber() : message.tenantIdLSB;
            if (message.queueIdMSB != null && $Object.hasOwnProperty.call(message, "queueIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.queueIdMSB = typeof message.queueIdMSB === "number" ? $BigInt(message.queueIdMSB) : $util.Long.fromBits(message.queueIdMSB.low >>> 0, message.queueIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.queueIdMSB === "number")
                    object.queueIdMSB = options.longs === $String ? $String(message.queueIdMSB) : message.queueIdMSB;
                else
                    object.queueIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.queueIdMSB) : options.longs === $Number ? new $util.LongBits(message.queueIdMSB.low >>> 0, message.queueIdMSB.high >>> 0).toNumber() : message.queueIdMSB;
            if (message.queueIdLSB != null && $Object.hasOwnProperty.call(message, "queueIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.queueIdLSB = typeof message.queueIdLSB === "number" ? $BigInt(message.queueIdLSB) : $util.Long.fromBits(message.queueIdLSB.low >>> 0, message.queueIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.queueIdLSB === "number")
                    object.queueIdLSB = options.longs === $String ? $String(message.queueIdLSB) : message.queueIdLSB;
                else
                    object.queueIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.queueIdLSB) : options.longs === $Number ? new $util.LongBits(message.queueIdLSB.low >>> 0, message.queueIdLSB.high >>> 0).toNumber() : message.queueIdLSB;
            if (message.queueName != null && $Object.hasOwnProperty.call(message, "queueName"))
                object.queueName = message.queueName;
            if (message.queueTopic != null && $Object.hasOwnProperty.call(message, "queueTopic"))
                object.queueTopic = message.queueTopic;
            if (message.partitions != null && $Object.hasOwnProperty.call(message, "partitions"))
                object.partitions = message.partitions;
            if (message.duplicateMsgToAllPartitions != null && $Object.hasOwnProperty.call(message, "duplicateMsgToAllPartitions"))
                object.duplicateMsgToAllPartitions = message.duplicateMsgToAllPartitions;
            return object;
        };

        QueueUpdateMsg.prototype.toJSON = function() {
            return QueueUpdateMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        QueueUpdateMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.QueueUpdateMsg";
        };

        return QueueUpdateMsg;
    })();

    transport.QueueDeleteMsg = (function() {

        const QueueDeleteMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        QueueDeleteMsg.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueueDeleteMsg.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueueDeleteMsg.prototype.queueIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueueDeleteMsg.prototype.queueIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        QueueDeleteMsg.prototype.queueName = "";

        QueueDeleteMsg.create = function(properties) {
            return new QueueDeleteMsg(properties);
        };

        QueueDeleteMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(8).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(16).int64(message.tenantIdLSB);
            if (message.queueIdMSB != null && $Object.hasOwnProperty.call(message, "queueIdMSB") && (typeof message.queueIdMSB === "object" ? message.queueIdMSB.low || message.queueIdMSB.high : message.queueIdMSB !== 0))
                writer.uint32(24).int64(message.queueIdMSB);
            if (message.queueIdLSB != null && $Object.hasOwnProperty.call(message, "queueIdLSB") && (typeof message.queueIdLSB === "object" ? message.queueIdLSB.low || message.queueIdLSB.high : message.queueIdLSB !== 0))
                writer.uint32(32).int64(message.queueIdLSB);
            if (message.queueName != null && $Object.hasOwnProperty.call(message, "queueName") && message.queueName !== "")
                writer.uint32(42).string(message.queueName);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        QueueDeleteMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.QueueDeleteMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdMSB = value;
                        else
                            delete message.tenantIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdLSB = value;
                        else
                            delete message.tenantIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.queueIdMSB = value;
                        else
                            delete message.queueIdMSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.queueIdLSB = value;
                        else
                            delete message.queueIdLSB;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.queueName = value;
                        else
                            delete message.queueName;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        QueueDeleteMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.QueueDeleteMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.QueueDeleteMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.QueueDeleteMsg();
            if (object.tenantIdMSB != null)
                if (typeof object.tenantIdMSB === "object" ? object.tenantIdMSB.low || object.tenantIdMSB.high : $Number(object.tenantIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantIdMSB = $util.Long.fromValue(object.tenantIdMSB, false);
                    else if (typeof object.tenantIdMSB === "string")
                        message.tenantIdMSB = $parseInt(object.tenantIdMSB, 10);
                    else if (typeof object.tenantIdMSB === "number")
                        message.tenantIdMSB = object.tenantIdMSB;
                    else if (typeof object.tenantIdMSB === "object")
                        message.tenantIdMSB = new $util.LongBits(object.tenantIdMSB.low >>> 0, object.tenantIdMSB.high >>> 0).toNumber();
            if (object.tenantIdLSB != null)
                if (typeof object.tenantIdLSB === "object" ? object.tenantIdLSB.low || object.tenantIdLSB.high : $Number(object.tenantIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantIdLSB = $util.Long.fromValue(object.tenantIdLSB, false);
                    else if (typeof object.tenantIdLSB === "string")
                        message.tenantIdLSB = $parseInt(object.tenantIdLSB, 10);
                    else if (typeof object.tenantIdLSB === "number")
                        message.tenantIdLSB = object.tenantIdLSB;
                    else if (typeof object.tenantIdLSB === "object")
                        message.tenantIdLSB = new $util.LongBits(object.tenantIdLSB.low >>> 0, object.tenantIdLSB.high >>> 0).toNumber();
            if (object.queueIdMSB != null)
                if (typeof object.queueIdMSB === "object" ? object.queueIdMSB.low || object.queueIdMSB.high : $Number(object.queueIdMSB) !== 0)
                    if ($util.Long)
                        message.queueIdMSB = $util.Long.fromValue(object.queueIdMSB, false);
                    else if (typeof object.queueIdMSB === "string")
                        message.queueIdMSB = $parseInt(object.queueIdMSB, 10);
                    else if (typeof object.queueIdMSB === "number")
                        message.queueIdMSB = object.queueIdMSB;
                    else if (typeof object.queueIdMSB === "object")
                        message.queueIdMSB = new $util.LongBits(object.queueIdMSB.low >>> 0, object.queueIdMSB.high >>> 0).toNumber();
            if (object.queueIdLSB != null)
                if (typeof object.queueIdLSB === "object" ? object.queueIdLSB.low || object.queueIdLSB.high : $Number(object.queueIdLSB) !== 0)
                    if ($util.Long)
                        message.queueIdLSB = $util.Long.fromValue(object.queueIdLSB, false);
                    else if (typeof object.queueIdLSB === "string")
                        message.queueIdLSB = $parseInt(object.queueIdLSB, 10);
                    else if (typeof object.queueIdLSB === "number")
                        message.queueIdLSB = object.queueIdLSB;
                    else if (typeof object.queueIdLSB === "object")
                        message.queueIdLSB = new $util.LongBits(object.queueIdLSB.low >>> 0, object.queueIdLSB.high >>> 0).toNumber();
            if (object.queueName != null)
                if (typeof object.queueName !== "string" || object.queueName.length)
                    message.queueName = $String(object.queueName);
            return message;
        };

        QueueDeleteMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.queueIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.queueIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.queueIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.queueIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.queueName = "";
            }
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdMSB = typeof message.tenantIdMSB === "number" ? $BigInt(message.tenantIdMSB) : $util.Long.fromBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdMSB === "number")
                    object.tenantIdMSB = options.longs === $String ? $String(message.tenantIdMSB) : message.tenantIdMSB;
                else
                    object.tenantIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0).toNumber() : message.tenantIdMSB;
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdLSB = typeof message.tenantIdLSB === "number" ? $BigInt(message.tenantIdLSB) : $util.Long.fromBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdLSB === "number")
                    object.tenantIdLSB = options.longs === $String ? $String(message.tenantIdLSB) : message.tenantIdLSB;
                else
                    object.tenantIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0).toNumber() : message.tenantIdLSB;
            if (message.queueIdMSB != null && $Object.hasOwnProperty.call(message, "queueIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.queueIdMSB = typeof message.queueIdMSB === "number" ? $BigInt(message.queueIdMSB) : $util.Long.fromBits(message.queueIdMSB.low >>> 0, message.queueIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.queueIdMSB === "number")
                    object.queueIdMSB = options.longs === $String ? $String(message.queueIdMSB) : message.queueIdMSB;
                else
                    object.queueIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.queueIdMSB) : options.longs === $Number ? new $util.LongBits(message.queueIdMSB.low >>> 0, message.queueIdMSB.high >>> 0).toNumber() : message.queueIdMSB;
            if (message.queueIdLSB != null && $Object.hasOwnProperty.call(message, "queueIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.queueIdLSB = typeof message.queueIdLSB === "number" ? $BigInt(message.queueIdLSB) : $util.Long.fromBits(message.queueIdLSB.low >>> 0, message.queueIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.queueIdLSB === "number")
                    object.queueIdLSB = options.longs === $String ? $String(message.queueIdLSB) : message.queueIdLSB;
                else
                    object.queueIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.queueIdLSB) : options.longs === $Number ? new $util.LongBits(message.queueIdLSB.low >>> 0, message.queueIdLSB.high >>> 0).toNumber() : message.queueIdLSB;
            if (message.queueName != null && $Object.hasOwnProperty.call(message, "queueName"))
                object.queueName = message.queueName;
            return object;
        };

        QueueDeleteMsg.prototype.toJSON = function() {
            return QueueDeleteMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        QueueDeleteMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.QueueDeleteMsg";
        };

        return QueueDeleteMsg;
    })();

    transport.ToTransportMsg = (function() {

        const ToTransportMsg = function (properties) {
            this.queueUpdateMsgs = [];
            this.queueDeleteMsgs = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ToTransportMsg.prototype.sessionIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ToTransportMsg.prototype.sessionIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ToTransportMsg.prototype.sessionCloseNotification = null;
        ToTransportMsg.prototype.getAttributesResponse = null;
        ToTransportMsg.prototype.attributeUpdateNotification = null;
        ToTransportMsg.prototype.toDeviceRequest = null;
        ToTransportMsg.prototype.toServerResponse = null;
        ToTransportMsg.prototype.entityUpdateMsg = null;
        ToTransportMsg.prototype.entityDeleteMsg = null;
        ToTransportMsg.prototype.toTransportUpdateCredentialsNotification = null;
        ToTransportMsg.prototype.resourceUpdateMsg = null;
        ToTransportMsg.prototype.resourceDeleteMsg = null;
        ToTransportMsg.prototype.uplinkNotificationMsg = null;
        ToTransportMsg.prototype.queueUpdateMsgs = $util.emptyArray;
        ToTransportMsg.prototype.queueDeleteMsgs = $util.emptyArray;

        ToTransportMsg.create = function(properties) {
            return new ToTransportMsg(properties);
        };

        ToTransportMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.sessionIdMSB != null && $Object.hasOwnProperty.call(message, "sessionIdMSB") && (typeof message.sessionIdMSB === "object" ? message.sessionIdMSB.low || message.sessionIdMSB.high : message.sessionIdMSB !== 0))
                writer.uint32(8).int64(message.sessionIdMSB);
            if (message.sessionIdLSB != null && $Object.hasOwnProperty.call(message, "sessionIdLSB") && (typeof message.sessionIdLSB === "object" ? message.sessionIdLSB.low || message.sessionIdLSB.high : message.sessionIdLSB !== 0))
                writer.uint32(16).int64(message.sessionIdLSB);
            if (message.sessionCloseNotification != null && $Object.hasOwnProperty.call(message, "sessionCloseNotification"))
                $root.transport.SessionCloseNotificationProto.encode(message.sessionCloseNotification, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.getAttributesResponse != null && $Object.hasOwnProperty.call(message, "getAttributesResponse"))
                $root.transport.GetAttributeResponseMsg.encode(message.getAttributesResponse, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.attributeUpdateNotification != null && $Object.hasOwnProperty.call(message, "attributeUpdateNotification"))
                $root.transport.AttributeUpdateNotificationMsg.encode(message.attributeUpdateNotification, writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.toDeviceRequest != null && $Object.hasOwnProperty.call(message, "toDeviceRequest"))
                $root.transport.ToDeviceRpcRequestMsg.encode(message.toDeviceRequest, writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.toServerResponse != null && $Object.hasOwnProperty.call(message, "toServerResponse"))
                $root.transport.ToServerRpcResponseMsg.encode(message.toServerResponse, writer.uint32(58).fork(), _depth + 1).ldelim();
            if (message.entityUpdateMsg != null && $Object.hasOwnProperty.call(message, "entityUpdateMsg"))
                $root.transport.EntityUpdateMsg.encode(message.entityUpdateMsg, writer.uint32(66).fork(), _depth + 1).ldelim();
            if (message.entityDeleteMsg != null && $Object.hasOwnProperty.call(message, "entityDeleteMsg"))
                $root.transport.EntityDeleteMsg.encode(message.entityDeleteMsg, writer.uint32(74).fork(), _depth + 1).ldelim();
            if (message.toTransportUpdateCredentialsNotification != null && $Object.hasOwnProperty.call(message, "toTransportUpdateCredentialsNotification"))
                $root.transport.ToTransportUpdateCredentialsProto.encode(message.toTransportUpdateCredentialsNotification, writer.uint32(90).fork(), _depth + 1).ldelim();
            if (message.resourceUpdateMsg != null && $Object.hasOwnProperty.call(message, "resourceUpdateMsg"))
                $root.transport.ResourceUpdateMsg.encode(message.resourceUpdateMsg, writer.uint32(98).fork(), _depth + 1).ldelim();
            if (message.resourceDeleteMsg != null && $Object.hasOwnProperty.call(message, "resourceDeleteMsg"))
                $root.transport.ResourceDeleteMsg.encode(message.resourceDeleteMsg, writer.uint32(106).fork(), _depth + 1).ldelim();
            if (message.uplinkNotificationMsg != null && $Object.hasOwnProperty.call(message, "uplinkNotificationMsg"))
                $root.transport.UplinkNotificationMsg.encode(message.uplinkNotificationMsg, writer.uint32(114).fork(), _depth + 1).ldelim();
            if (message.queueUpdateMsgs != null && message.queueUpdateMsgs.length)
                for (let i = 0; i < message.queueUpdateMsgs.length; ++i)
                    $root.transport.QueueUpdateMsg.encode(message.queueUpdateMsgs[i], writer.uint32(122).fork(), _depth + 1).ldelim();
            if (message.queueDeleteMsgs != null && message.queueDeleteMsgs.length)
                for (let i = 0; i < message.queueDeleteMsgs.length; ++i)
                    $root.transport.QueueDeleteMsg.encode(message.queueDeleteMsgs[i], writer.uint32(130).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ToTransportMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.ToTransportMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.sessionIdMSB = value;
                        else
                            delete message.sessionIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.sessionIdLSB = value;
                        else
                            delete message.sessionIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.sessionCloseNotification = $root.transport.SessionCloseNotificationProto.decode(reader, reader.size(), $undefined, _depth + 1, message.sessionCloseNotification);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.getAttributesResponse = $root.transport.GetAttributeResponseMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.getAttributesResponse);
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.attributeUpdateNotification = $root.transport.AttributeUpdateNotificationMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.attributeUpdateNotification);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.toDeviceRequest = $root.transport.ToDeviceRpcRequestMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.toDeviceRequest);
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.toServerResponse = $root.transport.ToServerRpcResponseMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.toServerResponse);
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.entityUpdateMsg = $root.transport.EntityUpdateMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.entityUpdateMsg);
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.entityDeleteMsg = $root.transport.EntityDeleteMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.entityDeleteMsg);
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        message.toTransportUpdateCredentialsNotification = $root.transport.ToTransportUpdateCredentialsProto.decode(reader, reader.size(), $undefined, _depth + 1, message.toTransportUpdateCredentialsNotification);
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.resourceUpdateMsg = $root.transport.ResourceUpdateMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.resourceUpdateMsg);
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        message.resourceDeleteMsg = $root.transport.ResourceDeleteMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.resourceDeleteMsg);
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        message.uplinkNotificationMsg = $root.transport.UplinkNotificationMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.uplinkNotificationMsg);
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if (!(message.queueUpdateMsgs && message.queueUpdateMsgs.length))
                            message.queueUpdateMsgs = [];
                        message.queueUpdateMsgs.push($root.transport.QueueUpdateMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        if (!(message.queueDeleteMsgs && message.queueDeleteMsgs.length))
                            message.queueDeleteMsgs = [];
                        message.queueDeleteMsgs.push($root.transport.QueueDeleteMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ToTransportMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.ToTransportMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.ToTransportMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.ToTransportMsg();
            if (object.sessionIdMSB != null)
                if (typeof object.sessionIdMSB === "object" ? object.sessionIdMSB.low || object.sessionIdMSB.high : $Number(object.sessionIdMSB) !== 0)
                    if ($util.Long)
                        message.sessionIdMSB = $util.Long.fromValue(object.sessionIdMSB, false);
                    else if (typeof object.sessionIdMSB === "string")
                        message.sessionIdMSB = $parseInt(object.sessionIdMSB, 10);
                    else if (typeof object.sessionIdMSB === "number")
                        message.sessionIdMSB = object.sessionIdMSB;
                    else if (typeof object.sessionIdMSB === "object")
                        message.sessionIdMSB = new $util.LongBits(object.sessionIdMSB.low >>> 0, object.sessionIdMSB.high >>> 0).toNumber();
            if (object.sessionIdLSB != null)
                if (typeof object.sessionIdLSB === "object" ? object.sessionIdLSB.low || object.sessionIdLSB.high : $Number(object.sessionIdLSB) !== 0)
                    if ($util.Long)
                        message.sessionIdLSB = $util.Long.fromValue(object.sessionIdLSB, false);
                    else if (typeof object.sessionIdLSB === "string")
                        message.sessionIdLSB = $parseInt(object.sessionIdLSB, 10);
                    else if (typeof object.sessionIdLSB === "number")
                        message.sessionIdLSB = object.sessionIdLSB;
                    else if (typeof object.sessionIdLSB === "object")
                        message.sessionIdLSB = new $util.LongBits(object.sessionIdLSB.low >>> 0, object.sessionIdLSB.high >>> 0).toNumber();
            if (object.sessionCloseNotification != null) {
                if (!$util.isObject(object.sessionCloseNotification))
                    throw $TypeError(".transport.ToTransportMsg.sessionCloseNotification: object expected");
                message.sessionCloseNotification = $root.transport.SessionCloseNotificationProto.fromObject(object.sessionCloseNotification, _depth + 1);
            }
            if (object.getAttributesResponse != null) {
                if (!$util.isObject(object.getAttributesResponse))
                    throw $TypeError(".transport.ToTransportMsg.getAttributesResponse: object expected");
                message.getAttributesResponse = $root.transport.GetAttributeResponseMsg.fromObject(object.getAttributesResponse, _depth + 1);
            }
            if (object.attributeUpdateNotification != null) {
                if (!$util.isObject(object.attributeUpdateNotification))
                    throw $TypeError(".transport.ToTransportMsg.attributeUpdateNotification: object expected");
                message.attributeUpdateNotification = $root.transport.AttributeUpdateNotificationMsg.fromObject(object.attributeUpdateNotification, _depth + 1);
            }
            if (object.toDeviceRequest != null) {
                if (!$util.isObject(object.toDeviceRequest))
                    throw $TypeError(".transport.ToTransportMsg.toDeviceRequest: object expected");
                message.toDeviceRequest = $root.transport.ToDeviceRpcRequestMsg.fromObject(object.toDeviceRequest, _depth + 1);
            }
            if (object.toServerResponse != null) {
                if (!$util.isObject(object.toServerResponse))
                    throw $TypeError(".transport.ToTransportMsg.toServerResponse: object expected");
                message.toServerResponse = $root.transport.ToServerRpcResponseMsg.fromObject(object.toServerResponse, _depth + 1);
            }
            if (object.entityUpdateMsg != null) {
                if (!$util.isObject(object.entityUpdateMsg))
                    throw $TypeError(".transport.ToTransportMsg.entityUpdateMsg: object expected");
                message.entityUpdateMsg = $root.transport.EntityUpdateMsg.fromObject(object.entityUpdateMsg, _depth + 1);
            }
            if (object.entityDeleteMsg != null) {
                if (!$util.isObject(object.entityDeleteMsg))
                    throw $TypeError(".transport.ToTransportMsg.entityDeleteMsg: object expected");
                message.entityDeleteMsg = $root.transport.EntityDeleteMsg.fromObject(object.entityDeleteMsg, _depth + 1);
            }
            if (object.toTransportUpdateCredentialsNotification != null) {
                if (!$util.isObject(object.toTransportUpdateCredentialsNotification))
                    throw $TypeError(".transport.ToTransportMsg.toTransportUpdateCredentialsNotification: object expected");
                message.toTransportUpdateCredentialsNotification = $root.transport.ToTransportUpdateCredentialsProto.fromObject(object.toTransportUpdateCredentialsNotification, _depth + 1);
            }
            if (object.resourceUpdateMsg != null) {
                if (!$util.isObject(object.resourceUpdateMsg))
                    throw $TypeError(".transport.ToTransportMsg.resourceUpdateMsg: object expected");
                message.resourceUpdateMsg = $root.transport.ResourceUpdateMsg.fromObject(object.resourceUpdateMsg, _depth + 1);
            }
            if (object.resourceDeleteMsg != null) {
                if (!$util.isObject(object.resourceDeleteMsg))
                    throw $TypeError(".transport.ToTransportMsg.resourceDeleteMsg: object expected");
                message.resourceDeleteMsg = $root.transport.ResourceDeleteMsg.fromObject(object.resourceDeleteMsg, _depth + 1);
            }
            if (object.uplinkNotificationMsg != null) {
                if (!$util.isObject(object.uplinkNotificationMsg))
                    throw $TypeError(".transport.ToTransportMsg.uplinkNotificationMsg: object expected");
                message.uplinkNotificationMsg = $root.transport.UplinkNotificationMsg.fromObject(object.uplinkNotificationMsg, _depth + 1);
            }
            if (object.queueUpdateMsgs) {
                if (!$Array.isArray(object.queueUpdateMsgs))
                    throw $TypeError(".transport.ToTransportMsg.queueUpdateMsgs: array expected");
                message.queueUpdateMsgs = $Array(object.queueUpdateMsgs.length);
                for (let i = 0; i < object.queueUpdateMsgs.length; ++i) {
                    if (!$util.isObject(object.queueUpdateMsgs[i]))
                        throw $TypeError(".transport.ToTransportMsg.queueUpdateMsgs: object expected");
                    message.queueUpdateMsgs[i] = $root.transport.QueueUpdateMsg.fromObject(object.queueUpdateMsgs[i], _depth + 1);
                }
            }
            if (object.queueDeleteMsgs) {
                if (!$Array.isArray(object.queueDeleteMsgs))
                    throw $TypeError(".transport.ToTransportMsg.queueDeleteMsgs: array expected");
                message.queueDeleteMsgs = $Array(object.queueDeleteMsgs.length);
                for (let i = 0; i < object.queueDeleteMsgs.length; ++i) {
                    if (!$util.isObject(object.queueDeleteMsgs[i]))
                        throw $TypeError(".transport.ToTransportMsg.queueDeleteMsgs: object expected");
                    message.queueDeleteMsgs[i] = $root.transport.QueueDeleteMsg.fromObject(object.queueDeleteMsgs[i], _depth + 1);
                }
            }
            return message;
        };

        ToTransportMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.queueUpdateMsgs = [];
                object.queueDeleteMsgs = [];
            }
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.sessionIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.sessionIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.sessionIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.sessionIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.sessionCloseNotification = null;
                object.getAttributesResponse = null;
                object.attributeUpdateNotification = null;
                object.toDeviceRequest = null;
                object.toServerResponse = null;
                object.entityUpdateMsg = null;
                object.entityDeleteMsg = null;
                object.toTransportUpdateCredentialsNotification = null;
                object.resourceUpdateMsg = null;
                object.resourceDeleteMsg = null;
                object.uplinkNotificationMsg = null;
            }
            if (message.sessionIdMSB != null && $Object.hasOwnProperty.call(message, "sessionIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.sessionIdMSB = typeof message.sessionIdMSB === "number" ? $BigInt(message.sessionIdMSB) : $util.Long.fromBits(message.sessionIdMSB.low >>> 0, message.sessionIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.sessionIdMSB === "number")
                    object.sessionIdMSB = options.longs === $String ? $String(message.sessionIdMSB) : message.sessionIdMSB;
                else
                    object.sessionIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.sessionIdMSB) : options.longs === $Number ? new $util.LongBits(message.sessionIdMSB.low >>> 0, message.sessionIdMSB.high >>> 0).toNumber() : message.sessionIdMSB;
            if (message.sessionIdLSB != null && $Object.hasOwnProperty.call(message, "sessionIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.sessionIdLSB = typeof message.sessionIdLSB === "number" ? $BigInt(message.sessionIdLSB) : $util.Long.fromBits(message.sessionIdLSB.low >>> 0, message.sessionIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.sessionIdLSB === "number")
                    object.sessionIdLSB = options.longs === $String ? $String(message.sessionIdLSB) : message.sessionIdLSB;
                else
                    object.sessionIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.sessionIdLSB) : options.longs === $Number ? new $util.LongBits(message.sessionIdLSB.low >>> 0, message.sessionIdLSB.high >>> 0).toNumber() : message.sessionIdLSB;
            if (message.sessionCloseNotification != null && $Object.hasOwnProperty.call(message, "sessionCloseNotification"))
                object.sessionCloseNotification = $root.transport.SessionCloseNotificationProto.toObject(message.sessionCloseNotification, options, _depth + 1);
            if (message.getAttributesResponse != null && $Object.hasOwnProperty.call(message, "getAttributesResponse"))
                object.getAttributesResponse = $root.transport.GetAttributeResponseMsg.toObject(message.getAttributesResponse, options, _depth + 1);
            if (message.attributeUpdateNotification != null && $Object.hasOwnProperty.call(message, "attributeUpdateNotification"))
                object.attributeUpdateNotification = $root.transport.AttributeUpdateNotificationMsg.toObject(message.attributeUpdateNotification, options, _depth + 1);
            if (message.toDeviceRequest != null && $Object.hasOwnProperty.call(message, "toDeviceRequest"))
                object.toDeviceRequest = $root.transport.ToDeviceRpcRequestMsg.toObject(message.toDeviceRequest, options, _depth + 1);
            if (message.toServerResponse != null && $Object.hasOwnProperty.call(message, "toServerResponse"))
                object.toServerResponse = $root.transport.ToServerRpcResponseMsg.toObject(message.toServerResponse, options, _depth + 1);
            if (message.entityUpdateMsg != null && $Object.hasOwnProperty.call(message, "entityUpdateMsg"))
                object.entityUpdateMsg = $root.transport.EntityUpdateMsg.toObject(message.entityUpdateMsg, options, _depth + 1);
            if (message.entityDeleteMsg != null && $Object.hasOwnProperty.call(message, "entityDeleteMsg"))
                object.entityDeleteMsg = $root.transport.EntityDeleteMsg.toObject(message.entityDeleteMsg, options, _depth + 1);
            if (message.toTransportUpdateCredentialsNotification != null && $Object.hasOwnProperty.call(message, "toTransportUpdateCredentialsNotification"))
                object.toTransportUpdateCredentialsNotification = $root.transport.ToTransportUpdateCredentialsProto.toObject(message.toTransportUpdateCredentialsNotification, options, _depth + 1);
            if (message.resourceUpdateMsg != null && $Object.hasOwnProperty.call(message, "resourceUpdateMsg"))
                object.resourceUpdateMsg = $root.transport.ResourceUpdateMsg.toObject(message.resourceUpdateMsg, options, _depth + 1);
            if (message.resourceDeleteMsg != null && $Object.hasOwnProperty.call(message, "resourceDeleteMsg"))
                object.resourceDeleteMsg = $root.transport.ResourceDeleteMsg.toObject(message.resourceDeleteMsg, options, _depth + 1);
            if (message.uplinkNotificationMsg != null && $Object.hasOwnProperty.call(message, "uplinkNotificationMsg"))
                object.uplinkNotificationMsg = $root.transport.UplinkNotificationMsg.toObject(message.uplinkNotificationMsg, options, _depth + 1);
            if (message.queueUpdateMsgs && message.queueUpdateMsgs.length) {
                object.queueUpdateMsgs = $Array(message.queueUpdateMsgs.length);
                for (let j = 0; j < message.queueUpdateMsgs.length; ++j)
                    object.queueUpdateMsgs[j] = $root.transport.QueueUpdateMsg.toObject(message.queueUpdateMsgs[j], options, _depth + 1);
            }
            if (message.queueDeleteMsgs && message.queueDeleteMsgs.length) {
                object.queueDeleteMsgs = $Array(message.queueDeleteMsgs.length);
                for (let j = 0; j < message.queueDeleteMsgs.length; ++j)
                    object.queueDeleteMsgs[j] = $root.transport.QueueDeleteMsg.toObject(message.queueDeleteMsgs[j], options, _depth + 1);
            }
            return object;
        };

        ToTransportMsg.prototype.toJSON = function() {
            return ToTransportMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ToTransportMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.ToTransportMsg";
        };

        return ToTransportMsg;
    })();

    transport.SystemInfoProto = (function() {

        const SystemInfoProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SystemInfoProto.prototype.cpuUsage = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SystemInfoProto.prototype.cpuCount = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SystemInfoProto.prototype.memoryUsage = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SystemInfoProto.prototype.totalMemory = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SystemInfoProto.prototype.diskUsage = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        SystemInfoProto.prototype.totalDiscSpace = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        SystemInfoProto.create = function(properties) {
            return new SystemInfoProto(properties);
        };

        SystemInfoProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.cpuUsage != null && $Object.hasOwnProperty.call(message, "cpuUsage") && (typeof message.cpuUsage === "object" ? message.cpuUsage.low || message.cpuUsage.high : message.cpuUsage !== 0))
                writer.uint32(8).int64(message.cpuUsage);
            if (message.cpuCount != null && $Object.hasOwnProperty.call(message, "cpuCount") && (typeof message.cpuCount === "object" ? message.cpuCount.low || message.cpuCount.high : message.cpuCount !== 0))
                writer.uint32(16).int64(message.cpuCount);
            if (message.memoryUsage != null && $Object.hasOwnProperty.call(message, "memoryUsage") && (typeof message.memoryUsage === "object" ? message.memoryUsage.low || message.memoryUsage.high : message.memoryUsage !== 0))
                writer.uint32(24).int64(message.memoryUsage);
            if (message.totalMemory != null && $Object.hasOwnProperty.call(message, "totalMemory") && (typeof message.totalMemory === "object" ? message.totalMemory.low || message.totalMemory.high : message.totalMemory !== 0))
                writer.uint32(32).int64(message.totalMemory);
            if (message.diskUsage != null && $Object.hasOwnProperty.call(message, "diskUsage") && (typeof message.diskUsage === "object" ? message.diskUsage.low || message.diskUsage.high : message.diskUsage !== 0))
                writer.uint32(40).int64(message.diskUsage);
            if (message.totalDiscSpace != null && $Object.hasOwnProperty.call(message, "totalDiscSpace") && (typeof message.totalDiscSpace === "object" ? message.totalDiscSpace.low || message.totalDiscSpace.high : message.totalDiscSpace !== 0))
                writer.uint32(48).int64(message.totalDiscSpace);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SystemInfoProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.SystemInfoProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.cpuUsage = value;
                        else
                            delete message.cpuUsage;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.cpuCount = value;
                        else
                            delete message.cpuCount;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.memoryUsage = value;
                        else
                            delete message.memoryUsage;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.totalMemory = value;
                        else
                            delete message.totalMemory;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.diskUsage = value;
                        else
                            delete message.diskUsage;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.totalDiscSpace = value;
                        else
                            delete message.totalDiscSpace;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        SystemInfoProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.SystemInfoProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.SystemInfoProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.SystemInfoProto();
            if (object.cpuUsage != null)
                if (typeof object.cpuUsage === "object" ? object.cpuUsage.low || object.cpuUsage.high : $Number(object.cpuUsage) !== 0)
                    if ($util.Long)
                        message.cpuUsage = $util.Long.fromValue(object.cpuUsage, false);
                    else if (typeof object.cpuUsage === "string")
                        message.cpuUsage = $parseInt(object.cpuUsage, 10);
                    else if (typeof object.cpuUsage === "number")
                        message.cpuUsage = object.cpuUsage;
                    else if (typeof object.cpuUsage === "object")
                        message.cpuUsage = new $util.LongBits(object.cpuUsage.low >>> 0, object.cpuUsage.high >>> 0).toNumber();
            if (object.cpuCount != null)
                if (typeof object.cpuCount === "object" ? object.cpuCount.low || object.cpuCount.high : $Number(object.cpuCount) !== 0)
                    if ($util.Long)
                        message.cpuCount = $util.Long.fromValue(object.cpuCount, false);
                    else if (typeof object.cpuCount === "string")
                        message.cpuCount = $parseInt(object.cpuCount, 10);
                    else if (typeof object.cpuCount === "number")
                        message.cpuCount = object.cpuCount;
                    else if (typeof object.cpuCount === "object")
                        message.cpuCount = new $util.LongBits(object.cpuCount.low >>> 0, object.cpuCount.high >>> 0).toNumber();
            if (object.memoryUsage != null)
                if (typeof object.memoryUsage === "object" ? object.memoryUsage.low || object.memoryUsage.high : $Number(object.memoryUsage) !== 0)
                    if ($util.Long)
                        message.memoryUsage = $util.Long.fromValue(object.memoryUsage, false);
                    else if (typeof object.memoryUsage === "string")
                        message.memoryUsage = $parseInt(object.memoryUsage, 10);
                    else if (typeof object.memoryUsage === "number")
                        message.memoryUsage = object.memoryUsage;
                    else if (typeof object.memoryUsage === "object")
                        message.memoryUsage = new $util.LongBits(object.memoryUsage.low >>> 0, object.memoryUsage.high >>> 0).toNumber();
            if (object.totalMemory != null)
                if (typeof object.totalMemory === "object" ? object.totalMemory.low || object.totalMemory.high : $Number(object.totalMemory) !== 0)
                    if ($util.Long)
                        message.totalMemory = $util.Long.fromValue(object.totalMemory, false);
                    else if (typeof object.totalMemory === "string")
                        message.totalMemory = $parseInt(object.totalMemory, 10);
                    else if (typeof object.totalMemory === "number")
                        message.totalMemory = object.totalMemory;
                    else if (typeof object.totalMemory === "object")
                        message.totalMemory = new $util.LongBits(object.totalMemory.low >>> 0, object.totalMemory.high >>> 0).toNumber();
            if (object.diskUsage != null)
                if (typeof object.diskUsage === "object" ? object.diskUsage.low || object.diskUsage.high : $Number(object.diskUsage) !== 0)
                    if ($util.Long)
                        message.diskUsage = $util.Long.fromValue(object.diskUsage, false);
                    else if (typeof object.diskUsage === "string")
                        message.diskUsage = $parseInt(object.diskUsage, 10);
                    else if (typeof object.diskUsage === "number")
                        message.diskUsage = object.diskUsage;
                    else if (typeof object.diskUsage === "object")
                        message.diskUsage = new $util.LongBits(object.diskUsage.low >>> 0, object.diskUsage.high >>> 0).toNumber();
            if (object.totalDiscSpace != null)
                if (typeof object.totalDiscSpace === "object" ? object.totalDiscSpace.low || object.totalDiscSpace.high : $Number(object.totalDiscSpace) !== 0)
                    if ($util.Long)
                        message.totalDiscSpace = $util.Long.fromValue(object.totalDiscSpace, false);
                    else if (typeof object.totalDiscSpace === "string")
                        message.totalDiscSpace = $parseInt(object.totalDiscSpace, 10);
                    else if (typeof object.totalDiscSpace === "number")
                        message.totalDiscSpace = object.totalDiscSpace;
                    else if (typeof object.totalDiscSpace === "object")
                        message.totalDiscSpace = new $util.LongBits(object.totalDiscSpace.low >>> 0, object.totalDiscSpace.high >>> 0).toNumber();
            return message;
        };

        SystemInfoProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.cpuUsage = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.cpuUsage = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.cpuCount = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.cpuCount = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.memoryUsage = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.memoryUsage = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.totalMemory = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.totalMemory = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.diskUsage = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.diskUsage = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.totalDiscSpace = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.totalDiscSpace = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.cpuUsage != null && $Object.hasOwnProperty.call(message, "cpuUsage"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.cpuUsage = typeof message.cpuUsage === "number" ? $BigInt(message.cpuUsage) : $util.Long.fromBits(message.cpuUsage.low >>> 0, message.cpuUsage.high >>> 0, false).toBigInt();
                else if (typeof message.cpuUsage === "number")
                    object.cpuUsage = options.longs === $String ? $String(message.cpuUsage) : message.cpuUsage;
                else
                    object.cpuUsage = options.longs === $String ? $util.Long.prototype.toString.call(message.cpuUsage) : options.longs === $Number ? new $util.LongBits(message.cpuUsage.low >>> 0, message.cpuUsage.high >>> 0).toNumber() : message.cpuUsage;
            if (message.cpuCount != null && $Object.hasOwnProperty.call(message, "cpuCount"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.cpuCount = typeof message.cpuCount === "number" ? $BigInt(message.cpuCount) : $util.Long.fromBits(message.cpuCount.low >>> 0, message.cpuCount.high >>> 0, false).toBigInt();
                else if (typeof message.cpuCount === "number")
                    object.cpuCount = options.longs === $String ? $String(message.cpuCount) : message.cpuCount;
                else
                    object.cpuCount = options.longs === $String ? $util.Long.prototype.toString.call(message.cpuCount) : options.longs === $Number ? new $util.LongBits(message.cpuCount.low >>> 0, message.cpuCount.high >>> 0).toNumber() : message.cpuCount;
            if (message.memoryUsage != null && $Object.hasOwnProperty.call(message, "memoryUsage"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.memoryUsage = typeof message.memoryUsage === "number" ? $BigInt(message.memoryUsage) : $util.Long.fromBits(message.memoryUsage.low >>> 0, message.memoryUsage.high >>> 0, false).toBigInt();
                else if (typeof message.memoryUsage === "number")
                    object.memoryUsage = options.longs === $String ? $String(message.memoryUsage) : message.memoryUsage;
                else
                    object.memoryUsage = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryUsage) : options.longs === $Number ? new $util.LongBits(message.memoryUsage.low >>> 0, message.memoryUsage.high >>> 0).toNumber() : message.memoryUsage;
            if (message.totalMemory != null && $Object.hasOwnProperty.call(message, "totalMemory"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.totalMemory = typeof message.totalMemory === "number" ? $BigInt(message.totalMemory) : $util.Long.fromBits(message.totalMemory.low >>> 0, message.totalMemory.high >>> 0, false).toBigInt();
                else if (typeof message.totalMemory === "number")
                    object.totalMemory = options.longs === $String ? $String(message.totalMemory) : message.totalMemory;
                else
                    object.totalMemory = options.longs === $String ? $util.Long.prototype.toString.call(message.totalMemory) : options.longs === $Number ? new $util.LongBits(message.totalMemory.low >>> 0, message.totalMemory.high >>> 0).toNumber() : message.totalMemory;
            if (message.diskUsage != null && $Object.hasOwnProperty.call(message, "diskUsage"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.diskUsage = typeof message.diskUsage === "number" ? $BigInt(message.diskUsage) : $util.Long.fromBits(message.diskUsage.low >>> 0, message.diskUsage.high >>> 0, false).toBigInt();
                else if (typeof message.diskUsage === "number")
                    object.diskUsage = options.longs === $String ? $String(message.diskUsage) : message.diskUsage;
                else
                    object.diskUsage = options.longs === $String ? $util.Long.prototype.toString.call(message.diskUsage) : options.longs === $Number ? new $util.LongBits(message.diskUsage.low >>> 0, message.diskUsage.high >>> 0).toNumber() : message.diskUsage;
            if (message.totalDiscSpace != null && $Object.hasOwnProperty.call(message, "totalDiscSpace"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.totalDiscSpace = typeof message.totalDiscSpace === "number" ? $BigInt(message.totalDiscSpace) : $util.Long.fromBits(message.totalDiscSpace.low >>> 0, message.totalDiscSpace.high >>> 0, false).toBigInt();
                else if (typeof message.totalDiscSpace === "number")
                    object.totalDiscSpace = options.longs === $String ? $String(message.totalDiscSpace) : message.totalDiscSpace;
                else
                    object.totalDiscSpace = options.longs === $String ? $util.Long.prototype.toString.call(message.totalDiscSpace) : options.longs === $Number ? new $util.LongBits(message.totalDiscSpace.low >>> 0, message.totalDiscSpace.high >>> 0).toNumber() : message.totalDiscSpace;
            return object;
        };

        SystemInfoProto.prototype.toJSON = function() {
            return SystemInfoProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        SystemInfoProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.SystemInfoProto";
        };

        return SystemInfoProto;
    })();

    transport.ServiceInfo = (function() {

        const ServiceInfo = function (properties) {
            this.serviceTypes = [];
            this.transports = [];
            this.assignedTenantProfiles = [];
            this.taskTypes = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ServiceInfo.prototype.serviceId = "";
        ServiceInfo.prototype.serviceTypes = $util.emptyArray;
        ServiceInfo.prototype.transports = $util.emptyArray;
        ServiceInfo.prototype.systemInfo = null;
        ServiceInfo.prototype.assignedTenantProfiles = $util.emptyArray;
        ServiceInfo.prototype.label = "";
        ServiceInfo.prototype.ready = false;
        ServiceInfo.prototype.taskTypes = $util.emptyArray;

        ServiceInfo.create = function(properties) {
            return new ServiceInfo(properties);
        };

        ServiceInfo.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId") && message.serviceId !== "")
                writer.uint32(10).string(message.serviceId);
            if (message.serviceTypes != null && message.serviceTypes.length)
                for (let i = 0; i < message.serviceTypes.length; ++i)
                    writer.uint32(18).string(message.serviceTypes[i]);
            if (message.transports != null && message.transports.length)
                for (let i = 0; i < message.transports.length; ++i)
                    writer.uint32(50).string(message.transports[i]);
            if (message.systemInfo != null && $Object.hasOwnProperty.call(message, "systemInfo"))
                $root.transport.SystemInfoProto.encode(message.systemInfo, writer.uint32(82).fork(), _depth + 1).ldelim();
            if (message.assignedTenantProfiles != null && message.assignedTenantProfiles.length)
                for (let i = 0; i < message.assignedTenantProfiles.length; ++i)
                    writer.uint32(90).string(message.assignedTenantProfiles[i]);
            if (message.label != null && $Object.hasOwnProperty.call(message, "label") && message.label !== "")
                writer.uint32(98).string(message.label);
            if (message.ready != null && $Object.hasOwnProperty.call(message, "ready") && message.ready !== false)
                writer.uint32(104).bool(message.ready);
            if (message.taskTypes != null && message.taskTypes.length)
                for (let i = 0; i < message.taskTypes.length; ++i)
                    writer.uint32(114).string(message.taskTypes[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ServiceInfo.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.ServiceInfo();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.serviceId = value;
                        else
                            delete message.serviceId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.serviceTypes && message.serviceTypes.length))
                            message.serviceTypes = [];
                        message.serviceTypes.push(reader.stringVerify());
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.transports && message.transports.length))
                            message.transports = [];
                        message.transports.push(reader.stringVerify());
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.systemInfo = $root.transport.SystemInfoProto.decode(reader, reader.size(), $undefined, _depth + 1, message.systemInfo);
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if (!(message.assignedTenantProfiles && message.assignedTenantProfiles.length))
                            message.assignedTenantProfiles = [];
                        message.assignedTenantProfiles.push(reader.stringVerify());
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.label = value;
                        else
                            delete message.label;
                        continue;
                    }
                case 13: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.ready = value;
                        else
                            delete message.ready;
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if (!(message.taskTypes && message.taskTypes.length))
                            message.taskTypes = [];
                        message.taskTypes.push(reader.stringVerify());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ServiceInfo.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.ServiceInfo)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.ServiceInfo: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.ServiceInfo();
            if (object.serviceId != null)
                if (typeof object.serviceId !== "string" || object.serviceId.length)
                    message.serviceId = $String(object.serviceId);
            if (object.serviceTypes) {
                if (!$Array.isArray(object.serviceTypes))
                    throw $TypeError(".transport.ServiceInfo.serviceTypes: array expected");
                message.serviceTypes = $Array(object.serviceTypes.length);
                for (let i = 0; i < object.serviceTypes.length; ++i)
                    message.serviceTypes[i] = $String(object.serviceTypes[i]);
            }
            if (object.transports) {
                if (!$Array.isArray(object.transports))
                    throw $TypeError(".transport.ServiceInfo.transports: array expected");
                message.transports = $Array(object.transports.length);
                for (let i = 0; i < object.transports.length; ++i)
                    message.transports[i] = $String(object.transports[i]);
            }
            if (object.systemInfo != null) {
                if (!$util.isObject(object.systemInfo))
                    throw $TypeError(".transport.ServiceInfo.systemInfo: object expected");
                message.systemInfo = $root.transport.SystemInfoProto.fromObject(object.systemInfo, _depth + 1);
            }
            if (object.assignedTenantProfiles) {
                if (!$Array.isArray(object.assignedTenantProfiles))
                    throw $TypeError(".transport.ServiceInfo.assignedTenantProfiles: array expected");
                message.assignedTenantProfiles = $Array(object.assignedTenantProfiles.length);
                for (let i = 0; i < object.assignedTenantProfiles.length; ++i)
                    message.assignedTenantProfiles[i] = $String(object.assignedTenantProfiles[i]);
            }
            if (object.label != null)
                if (typeof object.label !== "string" || object.label.length)
                    message.label = $String(object.label);
            if (object.ready != null)
                if (object.ready)
                    message.ready = $Boolean(object.ready);
            if (object.taskTypes) {
                if (!$Array.isArray(object.taskTypes))
                    throw $TypeError(".transport.ServiceInfo.taskTypes: array expected");
                message.taskTypes = $Array(object.taskTypes.length);
                for (let i = 0; i < object.taskTypes.length; ++i)
                    message.taskTypes[i] = $String(object.taskTypes[i]);
            }
            return message;
        };

        ServiceInfo.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.serviceTypes = [];
                object.transports = [];
                object.assignedTenantProfiles = [];
                object.taskTypes = [];
            }
            if (options.defaults) {
                object.serviceId = "";
                object.systemInfo = null;
                object.label = "";
                object.ready = false;
            }
            if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                object.serviceId = message.serviceId;
            if (message.serviceTypes && message.serviceTypes.length) {
                object.serviceTypes = $Array(message.serviceTypes.length);
                for (let j = 0; j < message.serviceTypes.length; ++j)
                    object.serviceTypes[j] = message.serviceTypes[j];
            }
            if (message.transports && message.transports.length) {
                object.transports = $Array(message.transports.length);
                for (let j = 0; j < message.transports.length; ++j)
                    object.transports[j] = message.transports[j];
            }
            if (message.systemInfo != null && $Object.hasOwnProperty.call(message, "systemInfo"))
                object.systemInfo = $root.transport.SystemInfoProto.toObject(message.systemInfo, options, _depth + 1);
            if (message.assignedTenantProfiles && message.assignedTenantProfiles.length) {
                object.assignedTenantProfiles = $Array(message.assignedTenantProfiles.length);
                for (let j = 0; j < message.assignedTenantProfiles.length; ++j)
                    object.assignedTenantProfiles[j] = message.assignedTenantProfiles[j];
            }
            if (message.label != null && $Object.hasOwnProperty.call(message, "label"))
                object.label = message.label;
            if (message.ready != null && $Object.hasOwnProperty.call(message, "ready"))
                object.ready = message.ready;
            if (message.taskTypes && message.taskTypes.length) {
                object.taskTypes = $Array(message.taskTypes.length);
                for (let j = 0; j < message.taskTypes.length; ++j)
                    object.taskTypes[j] = message.taskTypes[j];
            }
            return object;
        };

        ServiceInfo.prototype.toJSON = function() {
            return ServiceInfo.toObject(this, $protobuf.util.toJSONOptions);
        };

        ServiceInfo.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.ServiceInfo";
        };

        return ServiceInfo;
    })();

    transport.ApiUsageRecordKeyProto = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "TRANSPORT_MSG_COUNT"] = 0;
        values[valuesById[1] = "TRANSPORT_DP_COUNT"] = 1;
        values[valuesById[2] = "STORAGE_DP_COUNT"] = 2;
        values[valuesById[3] = "RE_EXEC_COUNT"] = 3;
        values[valuesById[4] = "JS_EXEC_COUNT"] = 4;
        values[valuesById[5] = "TBEL_EXEC_COUNT"] = 5;
        values[valuesById[6] = "EMAIL_EXEC_COUNT"] = 6;
        values[valuesById[7] = "SMS_EXEC_COUNT"] = 7;
        values[valuesById[8] = "CREATED_ALARMS_COUNT"] = 8;
        values[valuesById[9] = "ACTIVE_DEVICES"] = 9;
        values[valuesById[10] = "INACTIVE_DEVICES"] = 10;
        return values;
    })();

    transport.UsageStatsKVProto = (function() {

        const UsageStatsKVProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        UsageStatsKVProto.prototype.value = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        UsageStatsKVProto.prototype.recordKey = 0;

        UsageStatsKVProto.create = function(properties) {
            return new UsageStatsKVProto(properties);
        };

        UsageStatsKVProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.value != null && $Object.hasOwnProperty.call(message, "value") && (typeof message.value === "object" ? message.value.low || message.value.high : message.value !== 0))
                writer.uint32(16).int64(message.value);
            if (message.recordKey != null && $Object.hasOwnProperty.call(message, "recordKey") && message.recordKey !== 0)
                writer.uint32(24).int32(message.recordKey);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        UsageStatsKVProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.UsageStatsKVProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.value = value;
                        else
                            delete message.value;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.recordKey = value;
                        else
                            delete message.recordKey;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        UsageStatsKVProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.UsageStatsKVProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.UsageStatsKVProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.UsageStatsKVProto();
            if (object.value != null)
                if (typeof object.value === "object" ? object.value.low || object.value.high : $Number(object.value) !== 0)
                    if ($util.Long)
                        message.value = $util.Long.fromValue(object.value, false);
                    else if (typeof object.value === "string")
                        message.value = $parseInt(object.value, 10);
                    else if (typeof object.value === "number")
                        message.value = object.value;
                    else if (typeof object.value === "object")
                        message.value = new $util.LongBits(object.value.low >>> 0, object.value.high >>> 0).toNumber();
            if (object.recordKey !== 0 && (typeof object.recordKey !== "string" || $root.transport.ApiUsageRecordKeyProto[object.recordKey] !== 0))
                switch (object.recordKey) {
                case "TRANSPORT_MSG_COUNT":
                case 0:
                    message.recordKey = 0;
                    break;
                case "TRANSPORT_DP_COUNT":
                case 1:
                    message.recordKey = 1;
                    break;
                case "STORAGE_DP_COUNT":
                case 2:
                    message.recordKey = 2;
                    break;
                case "RE_EXEC_COUNT":
                case 3:
                    message.recordKey = 3;
                    break;
                case "JS_EXEC_COUNT":
                case 4:
                    message.recordKey = 4;
                    break;
                case "TBEL_EXEC_COUNT":
                case 5:
                    message.recordKey = 5;
                    break;
                case "EMAIL_EXEC_COUNT":
                case 6:
                    message.recordKey = 6;
                    break;
                case "SMS_EXEC_COUNT":
                case 7:
                    message.recordKey = 7;
                    break;
                case "CREATED_ALARMS_COUNT":
                case 8:
                    message.recordKey = 8;
                    break;
                case "ACTIVE_DEVICES":
                case 9:
                    message.recordKey = 9;
                    break;
                case "INACTIVE_DEVICES":
                case 10:
                    message.recordKey = 10;
                    break;
                default:
                    if (typeof object.recordKey === "number" && (object.recordKey | 0) === object.recordKey)
                        message.recordKey = object.recordKey;
                }
            return message;
        };

        UsageStatsKVProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.value = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.value = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.recordKey = options.enums === $String ? "TRANSPORT_MSG_COUNT" : 0;
            }
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.value = typeof message.value === "number" ? $BigInt(message.value) : $util.Long.fromBits(message.value.low >>> 0, message.value.high >>> 0, false).toBigInt();
                else if (typeof message.value === "number")
                    object.value = options.longs === $String ? $String(message.value) : message.value;
                else
                    object.value = options.longs === $String ? $util.Long.prototype.toString.call(message.value) : options.longs === $Number ? new $util.LongBits(message.value.low >>> 0, message.value.high >>> 0).toNumber() : message.value;
            if (message.recordKey != null && $Object.hasOwnProperty.call(message, "recordKey"))
                object.recordKey = options.enums === $String ? $root.transport.ApiUsageRecordKeyProto[message.recordKey] === $undefined ? message.recordKey : $root.transport.ApiUsageRecordKeyProto[message.recordKey] : message.recordKey;
            return object;
        };

        UsageStatsKVProto.prototype.toJSON = function() {
            return UsageStatsKVProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        UsageStatsKVProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.UsageStatsKVProto";
        };

        return UsageStatsKVProto;
    })();

    transport.UsageStatsServiceMsg = (function() {

        const UsageStatsServiceMsg = function (properties) {
            this.values = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        UsageStatsServiceMsg.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        UsageStatsServiceMsg.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        UsageStatsServiceMsg.prototype.entityIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        UsageStatsServiceMsg.prototype.entityIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        UsageStatsServiceMsg.prototype.values = $util.emptyArray;
        UsageStatsServiceMsg.prototype.customerIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        UsageStatsServiceMsg.prototype.customerIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        UsageStatsServiceMsg.create = function(properties) {
            return new UsageStatsServiceMsg(properties);
        };

        UsageStatsServiceMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(8).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(16).int64(message.tenantIdLSB);
            if (message.entityIdMSB != null && $Object.hasOwnProperty.call(message, "entityIdMSB") && (typeof message.entityIdMSB === "object" ? message.entityIdMSB.low || message.entityIdMSB.high : message.entityIdMSB !== 0))
                writer.uint32(24).int64(message.entityIdMSB);
            if (message.entityIdLSB != null && $Object.hasOwnProperty.call(message, "entityIdLSB") && (typeof message.entityIdLSB === "object" ? message.entityIdLSB.low || message.entityIdLSB.high : message.entityIdLSB !== 0))
                writer.uint32(32).int64(message.entityIdLSB);
            if (message.values != null && message.values.length)
                for (let i = 0; i < message.values.length; ++i)
                    $root.transport.UsageStatsKVProto.encode(message.values[i], writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.customerIdMSB != null && $Object.hasOwnProperty.call(message, "customerIdMSB") && (typeof message.customerIdMSB === "object" ? message.customerIdMSB.low || message.customerIdMSB.high : message.customerIdMSB !== 0))
                writer.uint32(48).int64(message.customerIdMSB);
            if (message.customerIdLSB != null && $Object.hasOwnProperty.call(message, "customerIdLSB") && (typeof message.customerIdLSB === "object" ? message.customerIdLSB.low || message.customerIdLSB.high : message.customerIdLSB !== 0))
                writer.uint32(56).int64(message.customerIdLSB);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        UsageStatsServiceMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.UsageStatsServiceMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdMSB = value;
                        else
                            delete message.tenantIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.tenantIdLSB = value;
                        else
                            delete message.tenantIdLSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.entityIdMSB = value;
                        else
                            delete message.entityIdMSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.entityIdLSB = value;
                        else
                            delete message.entityIdLSB;
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.values && message.values.length))
                            message.values = [];
                        message.values.push($root.transport.UsageStatsKVProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.customerIdMSB = value;
                        else
                            delete message.customerIdMSB;
                        continue;
                    }
                case 7: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.customerIdLSB = value;
                        else
                            delete message.customerIdLSB;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        UsageStatsServiceMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.UsageStatsServiceMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.UsageStatsServiceMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.UsageStatsServiceMsg();
            if (object.tenantIdMSB != null)
                if (typeof object.tenantIdMSB === "object" ? object.tenantIdMSB.low || object.tenantIdMSB.high : $Number(object.tenantIdMSB) !== 0)
                    if ($util.Long)
                        message.tenantIdMSB = $util.Long.fromValue(object.tenantIdMSB, false);
                    else if (typeof object.tenantIdMSB === "string")
                        message.tenantIdMSB = $parseInt(object.tenantIdMSB, 10);
                    else if (typeof object.tenantIdMSB === "number")
                        message.tenantIdMSB = object.tenantIdMSB;
                    else if (typeof object.tenantIdMSB === "object")
                        message.tenantIdMSB = new $util.LongBits(object.tenantIdMSB.low >>> 0, object.tenantIdMSB.high >>> 0).toNumber();
            if (object.tenantIdLSB != null)
                if (typeof object.tenantIdLSB === "object" ? object.tenantIdLSB.low || object.tenantIdLSB.high : $Number(object.tenantIdLSB) !== 0)
                    if ($util.Long)
                        message.tenantIdLSB = $util.Long.fromValue(object.tenantIdLSB, false);
                    else if (typeof object.tenantIdLSB === "string")
                        message.tenantIdLSB = $parseInt(object.tenantIdLSB, 10);
                    else if (typeof object.tenantIdLSB === "number")
                        message.tenantIdLSB = object.tenantIdLSB;
                    else if (typeof object.tenantIdLSB === "object")
                        message.tenantIdLSB = new $util.LongBits(object.tenantIdLSB.low >>> 0, object.tenantIdLSB.high >>> 0).toNumber();
            if (object.entityIdMSB != null)
                if (typeof object.entityIdMSB === "object" ? object.entityIdMSB.low || object.entityIdMSB.high : $Number(object.entityIdMSB) !== 0)
                    if ($util.Long)
                        message.entityIdMSB = $util.Long.fromValue(object.entityIdMSB, false);
                    else if (typeof object.entityIdMSB === "string")
                        message.entityIdMSB = $parseInt(object.entityIdMSB, 10);
                    else if (typeof object.entityIdMSB === "number")
                        message.entityIdMSB = object.entityIdMSB;
                    else if (typeof object.entityIdMSB === "object")
                        message.entityIdMSB = new $util.LongBits(object.entityIdMSB.low >>> 0, object.entityIdMSB.high >>> 0).toNumber();
            if (object.entityIdLSB != null)
                if (typeof object.entityIdLSB === "object" ? object.entityIdLSB.low || object.entityIdLSB.high : $Number(object.entityIdLSB) !== 0)
                    if ($util.Long)
                        message.entityIdLSB = $util.Long.fromValue(object.entityIdLSB, false);
                    else if (typeof object.entityIdLSB === "string")
                        message.entityIdLSB = $parseInt(object.entityIdLSB, 10);
                    else if (typeof object.entityIdLSB === "number")
                        message.entityIdLSB = object.entityIdLSB;
                    else if (typeof object.entityIdLSB === "object")
                        message.entityIdLSB = new $util.LongBits(object.entityIdLSB.low >>> 0, object.entityIdLSB.high >>> 0).toNumber();
            if (object.values) {
                if (!$Array.isArray(object.values))
                    throw $TypeError(".transport.UsageStatsServiceMsg.values: array expected");
                message.values = $Array(object.values.length);
                for (let i = 0; i < object.values.length; ++i) {
                    if (!$util.isObject(object.values[i]))
                        throw $TypeError(".transport.UsageStatsServiceMsg.values: object expected");
                    message.values[i] = $root.transport.UsageStatsKVProto.fromObject(object.values[i], _depth + 1);
                }
            }
            if (object.customerIdMSB != null)
                if (typeof object.customerIdMSB === "object" ? object.customerIdMSB.low || object.customerIdMSB.high : $Number(object.customerIdMSB) !== 0)
                    if ($util.Long)
                        message.customerIdMSB = $util.Long.fromValue(object.customerIdMSB, false);
                    else if (typeof object.customerIdMSB === "string")
                        message.customerIdMSB = $parseInt(object.customerIdMSB, 10);
                    else if (typeof object.customerIdMSB === "number")
                        message.customerIdMSB = object.customerIdMSB;
                    else if (typeof object.customerIdMSB === "object")
                        message.customerIdMSB = new $util.LongBits(object.customerIdMSB.low >>> 0, object.customerIdMSB.high >>> 0).toNumber();
            if (object.customerIdLSB != null)
                if (typeof object.customerIdLSB === "object" ? object.customerIdLSB.low || object.customerIdLSB.high : $Number(object.customerIdLSB) !== 0)
                    if ($util.Long)
                        message.customerIdLSB = $util.Long.fromValue(object.customerIdLSB, false);
                    else if (typeof object.customerIdLSB === "string")
                        message.customerIdLSB = $parseInt(object.customerIdLSB, 10);
                    else if (typeof object.customerIdLSB === "number")
                        message.customerIdLSB = object.customerIdLSB;
                    else if (typeof object.customerIdLSB === "object")
                        message.customerIdLSB = new $util.LongBits(object.customerIdLSB.low >>> 0, object.customerIdLSB.high >>> 0).toNumber();
            return message;
        };

        UsageStatsServiceMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.values = [];
            if (options.defaults) {
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.tenantIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.tenantIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.entityIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.entityIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.entityIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.entityIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.customerIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.customerIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.customerIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.customerIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            }
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdMSB = typeof message.tenantIdMSB === "number" ? $BigInt(message.tenantIdMSB) : $util.Long.fromBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdMSB === "number")
                    object.tenantIdMSB = options.longs === $String ? $String(message.tenantIdMSB) : message.tenantIdMSB;
                else
                    object.tenantIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdMSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdMSB.low >>> 0, message.tenantIdMSB.high >>> 0).toNumber() : message.tenantIdMSB;
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.tenantIdLSB = typeof message.tenantIdLSB === "number" ? $BigInt(message.tenantIdLSB) : $util.Long.fromBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.tenantIdLSB === "number")
                    object.tenantIdLSB = options.longs === $String ? $String(message.tenantIdLSB) : message.tenantIdLSB;
                else
                    object.tenantIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.tenantIdLSB) : options.longs === $Number ? new $util.LongBits(message.tenantIdLSB.low >>> 0, message.tenantIdLSB.high >>> 0).toNumber() : message.tenantIdLSB;
            if (message.entityIdMSB != null && $Object.hasOwnProperty.call(message, "entityIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.entityIdMSB = typeof message.entityIdMSB === "number" ? $BigInt(message.entityIdMSB) : $util.Long.fromBits(message.entityIdMSB.low >>> 0, message.entityIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.entityIdMSB === "number")
                    object.entityIdMSB = options.longs === $String ? $String(message.entityIdMSB) : message.entityIdMSB;
                else
                    object.entityIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.entityIdMSB) : options.longs === $Number ? new $util.LongBits(message.entityIdMSB.low >>> 0, message.entityIdMSB.high >>> 0).toNumber() : message.entityIdMSB;
            if (message.entityIdLSB != null && $Object.hasOwnProperty.call(message, "entityIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.entityIdLSB = typeof message.entityIdLSB === "number" ? $BigInt(message.entityIdLSB) : $util.Long.fromBits(message.entityIdLSB.low >>> 0, message.entityIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.entityIdLSB === "number")
                    object.entityIdLSB = options.longs === $String ? $String(message.entityIdLSB) : message.entityIdLSB;
                else
                    object.entityIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.entityIdLSB) : options.longs === $Number ? new $util.LongBits(message.entityIdLSB.low >>> 0, message.entityIdLSB.high >>> 0).toNumber() : message.entityIdLSB;
            if (message.values && message.values.length) {
                object.values = $Array(message.values.length);
                for (let j = 0; j < message.values.length; ++j)
                    object.values[j] = $root.transport.UsageStatsKVProto.toObject(message.values[j], options, _depth + 1);
            }
            if (message.customerIdMSB != null && $Object.hasOwnProperty.call(message, "customerIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.customerIdMSB = typeof message.customerIdMSB === "number" ? $BigInt(message.customerIdMSB) : $util.Long.fromBits(message.customerIdMSB.low >>> 0, message.customerIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.customerIdMSB === "number")
                    object.customerIdMSB = options.longs === $String ? $String(message.customerIdMSB) : message.customerIdMSB;
                else
                    object.customerIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.customerIdMSB) : options.longs === $Number ? new $util.LongBits(message.customerIdMSB.low >>> 0, message.customerIdMSB.high >>> 0).toNumber() : message.customerIdMSB;
            if (message.customerIdLSB != null && $Object.hasOwnProperty.call(message, "customerIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.customerIdLSB = typeof message.customerIdLSB === "number" ? $BigInt(message.customerIdLSB) : $util.Long.fromBits(message.customerIdLSB.low >>> 0, message.customerIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.customerIdLSB === "number")
                    object.customerIdLSB = options.longs === $String ? $String(message.customerIdLSB) : message.customerIdLSB;
                else
                    object.customerIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.customerIdLSB) : options.longs === $Number ? new $util.LongBits(message.customerIdLSB.low >>> 0, message.customerIdLSB.high >>> 0).toNumber() : message.customerIdLSB;
            return object;
        };

        UsageStatsServiceMsg.prototype.toJSON = function() {
            return UsageStatsServiceMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        UsageStatsServiceMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.UsageStatsServiceMsg";
        };

        return UsageStatsServiceMsg;
    })();

    transport.ToUsageStatsServiceMsg = (function() {

        const ToUsageStatsServiceMsg = function (properties) {
            this.msgs = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ToUsageStatsServiceMsg.prototype.serviceId = "";
        ToUsageStatsServiceMsg.prototype.msgs = $util.emptyArray;

        ToUsageStatsServiceMsg.create = function(properties) {
            return new ToUsageStatsServiceMsg(properties);
        };

        ToUsageStatsServiceMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId") && message.serviceId !== "")
                writer.uint32(66).string(message.serviceId);
            if (message.msgs != null && message.msgs.length)
                for (let i = 0; i < message.msgs.length; ++i)
                    $root.transport.UsageStatsServiceMsg.encode(message.msgs[i], writer.uint32(74).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ToUsageStatsServiceMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.ToUsageStatsServiceMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.serviceId = value;
                        else
                            delete message.serviceId;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if (!(message.msgs && message.msgs.length))
                            message.msgs = [];
                        message.msgs.push($root.transport.UsageStatsServiceMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        ToUsageStatsServiceMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.ToUsageStatsServiceMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.ToUsageStatsServiceMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.ToUsageStatsServiceMsg();
            if (object.serviceId != null)
                if (typeof object.serviceId !== "string" || object.serviceId.length)
                    message.serviceId = $String(object.serviceId);
            if (object.msgs) {
                if (!$Array.isArray(object.msgs))
                    throw $TypeError(".transport.ToUsageStatsServiceMsg.msgs: array expected");
                message.msgs = $Array(object.msgs.length);
                for (let i = 0; i < object.msgs.length; ++i) {
                    if (!$util.isObject(object.msgs[i]))
                        throw $TypeError(".transport.ToUsageStatsServiceMsg.msgs: object expected");
                    message.msgs[i] = $root.transport.UsageStatsServiceMsg.fromObject(object.msgs[i], _depth + 1);
                }
            }
            return message;
        };

        ToUsageStatsServiceMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.msgs = [];
            if (options.defaults)
                object.serviceId = "";
            if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                object.serviceId = message.serviceId;
            if (message.msgs && message.msgs.length) {
                object.msgs = $Array(message.msgs.length);
                for (let j = 0; j < message.msgs.length; ++j)
                    object.msgs[j] = $root.transport.UsageStatsServiceMsg.toObject(message.msgs[j], options, _depth + 1);
            }
            return object;
        };

        ToUsageStatsServiceMsg.prototype.toJSON = function() {
            return ToUsageStatsServiceMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ToUsageStatsServiceMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.ToUsageStatsServiceMsg";
        };

        return ToUsageStatsServiceMsg;
    })();

    transport.TsKvListProto = (function() {

        const TsKvListProto = function (properties) {
            this.kv = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TsKvListProto.prototype.ts = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        TsKvListProto.prototype.kv = $util.emptyArray;

        TsKvListProto.create = function(properties) {
            return new TsKvListProto(properties);
        };

        TsKvListProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts") && (typeof message.ts === "object" ? message.ts.low || message.ts.high : message.ts !== 0))
                writer.uint32(8).int64(message.ts);
            if (message.kv != null && message.kv.length)
                for (let i = 0; i < message.kv.length; ++i)
                    $root.transport.KeyValueProto.encode(message.kv[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TsKvListProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.TsKvListProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.ts = value;
                        else
                            delete message.ts;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.kv && message.kv.length))
                            message.kv = [];
                        message.kv.push($root.transport.KeyValueProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        TsKvListProto.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.TsKvListProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.TsKvListProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.TsKvListProto();
            if (object.ts != null)
                if (typeof object.ts === "object" ? object.ts.low || object.ts.high : $Number(object.ts) !== 0)
                    if ($util.Long)
                        message.ts = $util.Long.fromValue(object.ts, false);
                    else if (typeof object.ts === "string")
                        message.ts = $parseInt(object.ts, 10);
                    else if (typeof object.ts === "number")
                        message.ts = object.ts;
                    else if (typeof object.ts === "object")
                        message.ts = new $util.LongBits(object.ts.low >>> 0, object.ts.high >>> 0).toNumber();
            if (object.kv) {
                if (!$Array.isArray(object.kv))
                    throw $TypeError(".transport.TsKvListProto.kv: array expected");
                message.kv = $Array(object.kv.length);
                for (let i = 0; i < object.kv.length; ++i) {
                    if (!$util.isObject(object.kv[i]))
                        throw $TypeError(".transport.TsKvListProto.kv: object expected");
                    message.kv[i] = $root.transport.KeyValueProto.fromObject(object.kv[i], _depth + 1);
                }
            }
            return message;
        };

        TsKvListProto.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.kv = [];
            if (options.defaults)
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.ts = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.ts = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
            if (message.ts != null && $Object.hasOwnProperty.call(message, "ts"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.ts = typeof message.ts === "number" ? $BigInt(message.ts) : $util.Long.fromBits(message.ts.low >>> 0, message.ts.high >>> 0, false).toBigInt();
                else if (typeof message.ts === "number")
                    object.ts = options.longs === $String ? $String(message.ts) : message.ts;
                else
                    object.ts = options.longs === $String ? $util.Long.prototype.toString.call(message.ts) : options.longs === $Number ? new $util.LongBits(message.ts.low >>> 0, message.ts.high >>> 0).toNumber() : message.ts;
            if (message.kv && message.kv.length) {
                object.kv = $Array(message.kv.length);
                for (let j = 0; j < message.kv.length; ++j)
                    object.kv[j] = $root.transport.KeyValueProto.toObject(message.kv[j], options, _depth + 1);
            }
            return object;
        };

        TsKvListProto.prototype.toJSON = function() {
            return TsKvListProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        TsKvListProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.TsKvListProto";
        };

        return TsKvListProto;
    })();

    transport.PostTelemetryMsg = (function() {

        const PostTelemetryMsg = function (properties) {
            this.tsKvList = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        PostTelemetryMsg.prototype.tsKvList = $util.emptyArray;

        PostTelemetryMsg.create = function(properties) {
            return new PostTelemetryMsg(properties);
        };

        PostTelemetryMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tsKvList != null && message.tsKvList.length)
                for (let i = 0; i < message.tsKvList.length; ++i)
                    $root.transport.TsKvListProto.encode(message.tsKvList[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        PostTelemetryMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.PostTelemetryMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.tsKvList && message.tsKvList.length))
                            message.tsKvList = [];
                        message.tsKvList.push($root.transport.TsKvListProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        PostTelemetryMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.PostTelemetryMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.PostTelemetryMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.PostTelemetryMsg();
            if (object.tsKvList) {
                if (!$Array.isArray(object.tsKvList))
                    throw $TypeError(".transport.PostTelemetryMsg.tsKvList: array expected");
                message.tsKvList = $Array(object.tsKvList.length);
                for (let i = 0; i < object.tsKvList.length; ++i) {
                    if (!$util.isObject(object.tsKvList[i]))
                        throw $TypeError(".transport.PostTelemetryMsg.tsKvList: object expected");
                    message.tsKvList[i] = $root.transport.TsKvListProto.fromObject(object.tsKvList[i], _depth + 1);
                }
            }
            return message;
        };

        PostTelemetryMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.tsKvList = [];
            if (message.tsKvList && message.tsKvList.length) {
                object.tsKvList = $Array(message.tsKvList.length);
                for (let j = 0; j < message.tsKvList.length; ++j)
                    object.tsKvList[j] = $root.transport.TsKvListProto.toObject(message.tsKvList[j], options, _depth + 1);
            }
            return object;
        };

        PostTelemetryMsg.prototype.toJSON = function() {
            return PostTelemetryMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        PostTelemetryMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.PostTelemetryMsg";
        };

        return PostTelemetryMsg;
    })();

    transport.PostAttributeMsg = (function() {

        const PostAttributeMsg = function (properties) {
            this.kv = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        PostAttributeMsg.prototype.kv = $util.emptyArray;
        PostAttributeMsg.prototype.shared = false;

        PostAttributeMsg.create = function(properties) {
            return new PostAttributeMsg(properties);
        };

        PostAttributeMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.kv != null && message.kv.length)
                for (let i = 0; i < message.kv.length; ++i)
                    $root.transport.KeyValueProto.encode(message.kv[i], writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.shared != null && $Object.hasOwnProperty.call(message, "shared") && message.shared !== false)
                writer.uint32(16).bool(message.shared);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        PostAttributeMsg.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.transport.PostAttributeMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.kv && message.kv.length))
                            message.kv = [];
                        message.kv.push($root.transport.KeyValueProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.bool())
                            message.shared = value;
                        else
                            delete message.shared;
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        PostAttributeMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.transport.PostAttributeMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".transport.PostAttributeMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.transport.PostAttributeMsg();
            if (object.kv) {
                if (!$Array.isArray(object.kv))
                    throw $TypeError(".transport.PostAttributeMsg.kv: array expected");
                message.kv = $Array(object.kv.length);
                for (let i = 0; i < object.kv.length; ++i) {
                    if (!$util.isObject(object.kv[i]))
                        throw $TypeError(".transport.PostAttributeMsg.kv: object expected");
                    message.kv[i] = $root.transport.KeyValueProto.fromObject(object.kv[i], _depth + 1);
                }
            }
            if (object.shared != null)
                if (object.shared)
                    message.shared = $Boolean(object.shared);
            return message;
        };

        PostAttributeMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.kv = [];
            if (options.defaults)
                object.shared = false;
            if (message.kv && message.kv.length) {
                object.kv = $Array(message.kv.length);
                for (let j = 0; j < message.kv.length; ++j)
                    object.kv[j] = $root.transport.KeyValueProto.toObject(message.kv[j], options, _depth + 1);
            }
            if (message.shared != null && $Object.hasOwnProperty.call(message, "shared"))
                object.shared = message.shared;
            return object;
        };

        PostAttributeMsg.prototype.toJSON = function() {
            return PostAttributeMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        PostAttributeMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/transport.PostAttributeMsg";
        };

        return PostAttributeMsg;
    })();

    return transport;
})();

export {
  $root as default
};
