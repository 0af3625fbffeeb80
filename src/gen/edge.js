/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean, $Array = $util.global.Array, $isFinite = $util.global.isFinite;

const $root = $protobuf.roots["edge"] || ($protobuf.roots["edge"] = {});

export const edge = $root.edge = (() => {

    const edge = {};

    edge.EdgeRpcService = (function() {

        const EdgeRpcService = function(rpcImpl, requestDelimited, responseDelimited) {
            $protobuf.rpc.Service.call(this, rpcImpl, requestDelimited, responseDelimited);
        };

        $Object.defineProperty(EdgeRpcService.prototype = $Object.create($protobuf.rpc.Service.prototype), "constructor", { value: EdgeRpcService, writable: true, enumerable: false, configurable: true });

        EdgeRpcService.create = function(rpcImpl, requestDelimited, responseDelimited) {
            return new this(rpcImpl, requestDelimited, responseDelimited);
        };



        $Object.defineProperties(EdgeRpcService.prototype.handleMsgs = function(request, callback) {
            return $protobuf.rpc.Service.prototype.rpcCall.call(this, EdgeRpcService.prototype.handleMsgs, $root.edge.RequestMsg, $root.edge.ResponseMsg, request, callback);
        }, {
            name: { value: "handleMsgs" },
            path: { value: "/edge.EdgeRpcService/handleMsgs" },
            requestType: { value: "RequestMsg" },
            responseType: { value: "ResponseMsg" },
            requestStream: { value: true },
            responseStream: { value: true }
        });

        return EdgeRpcService;
    })();

    edge.EdgeVersion = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "V_3_3_0"] = 0;
        values[valuesById[1] = "V_3_3_3"] = 1;
        values[valuesById[2] = "V_3_4_0"] = 2;
        values[valuesById[3] = "V_3_6_0"] = 3;
        values[valuesById[4] = "V_3_6_1"] = 4;
        values[valuesById[5] = "V_3_6_2"] = 5;
        values[valuesById[6] = "V_3_6_4"] = 6;
        values[valuesById[7] = "V_3_7_0"] = 7;
        values[valuesById[8] = "V_3_8_0"] = 8;
        values[valuesById[9] = "V_3_9_0"] = 9;
        values[valuesById[10] = "V_4_0_0"] = 10;
        values[valuesById[11] = "V_4_1_0"] = 11;
        values[valuesById[12] = "V_4_2_0"] = 12;
        values[valuesById[13] = "V_4_3_0"] = 13;
        values[valuesById[14] = "V_4_2_1_2"] = 14;
        values[valuesById[4220] = "V_4_2_2"] = 4220;
        values[valuesById[4221] = "V_4_2_2_1"] = 4221;
        values[valuesById[4222] = "V_4_2_2_2"] = 4222;
        values[valuesById[4223] = "V_4_2_2_3"] = 4223;
        values[valuesById[15] = "V_4_3_0_1"] = 15;
        values[valuesById[4310] = "V_4_3_1"] = 4310;
        values[valuesById[4311] = "V_4_3_1_1"] = 4311;
        values[valuesById[4312] = "V_4_3_1_2"] = 4312;
        values[valuesById[4313] = "V_4_3_1_3"] = 4313;
        values[valuesById[4400] = "V_4_4_0"] = 4400;
        values[valuesById[99999] = "V_LATEST"] = 99999;
        return values;
    })();

    edge.RequestMsgType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "CONNECT_RPC_MESSAGE"] = 0;
        values[valuesById[1] = "UPLINK_RPC_MESSAGE"] = 1;
        values[valuesById[2] = "SYNC_REQUEST_RPC_MESSAGE"] = 2;
        return values;
    })();

    edge.ConnectResponseCode = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "ACCEPTED"] = 0;
        values[valuesById[1] = "BAD_CREDENTIALS"] = 1;
        values[valuesById[2] = "SERVER_UNAVAILABLE"] = 2;
        return values;
    })();

    edge.UpdateMsgType = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "ENTITY_CREATED_RPC_MESSAGE"] = 0;
        values[valuesById[1] = "ENTITY_UPDATED_RPC_MESSAGE"] = 1;
        values[valuesById[2] = "ENTITY_DELETED_RPC_MESSAGE"] = 2;
        values[valuesById[3] = "ALARM_ACK_RPC_MESSAGE"] = 3;
        values[valuesById[4] = "ALARM_CLEAR_RPC_MESSAGE"] = 4;
        return values;
    })();

    edge.RequestMsg = (function() {

        const RequestMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        RequestMsg.prototype.msgType = 0;
        RequestMsg.prototype.connectRequestMsg = null;
        RequestMsg.prototype.uplinkMsg = null;
        RequestMsg.prototype.downlinkResponseMsg = null;
        RequestMsg.prototype.syncRequestMsg = null;

        RequestMsg.create = function(properties) {
            return new RequestMsg(properties);
        };

        RequestMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType") && message.msgType !== 0)
                writer.uint32(8).int32(message.msgType);
            if (message.connectRequestMsg != null && $Object.hasOwnProperty.call(message, "connectRequestMsg"))
                $root.edge.ConnectRequestMsg.encode(message.connectRequestMsg, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.uplinkMsg != null && $Object.hasOwnProperty.call(message, "uplinkMsg"))
                $root.edge.UplinkMsg.encode(message.uplinkMsg, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.downlinkResponseMsg != null && $Object.hasOwnProperty.call(message, "downlinkResponseMsg"))
                $root.edge.DownlinkResponseMsg.encode(message.downlinkResponseMsg, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.syncRequestMsg != null && $Object.hasOwnProperty.call(message, "syncRequestMsg"))
                $root.edge.SyncRequestMsg.encode(message.syncRequestMsg, writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        RequestMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.RequestMsg();
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
                            message.msgType = value;
                        else
                            delete message.msgType;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.connectRequestMsg = $root.edge.ConnectRequestMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.connectRequestMsg);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.uplinkMsg = $root.edge.UplinkMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.uplinkMsg);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.downlinkResponseMsg = $root.edge.DownlinkResponseMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.downlinkResponseMsg);
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.syncRequestMsg = $root.edge.SyncRequestMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.syncRequestMsg);
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

        RequestMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.RequestMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.RequestMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.RequestMsg();
            if (object.msgType !== 0 && (typeof object.msgType !== "string" || $root.edge.RequestMsgType[object.msgType] !== 0))
                switch (object.msgType) {
                case "CONNECT_RPC_MESSAGE":
                case 0:
                    message.msgType = 0;
                    break;
                case "UPLINK_RPC_MESSAGE":
                case 1:
                    message.msgType = 1;
                    break;
                case "SYNC_REQUEST_RPC_MESSAGE":
                case 2:
                    message.msgType = 2;
                    break;
                default:
                    if (typeof object.msgType === "number" && (object.msgType | 0) === object.msgType)
                        message.msgType = object.msgType;
                }
            if (object.connectRequestMsg != null) {
                if (!$util.isObject(object.connectRequestMsg))
                    throw $TypeError(".edge.RequestMsg.connectRequestMsg: object expected");
                message.connectRequestMsg = $root.edge.ConnectRequestMsg.fromObject(object.connectRequestMsg, _depth + 1);
            }
            if (object.uplinkMsg != null) {
                if (!$util.isObject(object.uplinkMsg))
                    throw $TypeError(".edge.RequestMsg.uplinkMsg: object expected");
                message.uplinkMsg = $root.edge.UplinkMsg.fromObject(object.uplinkMsg, _depth + 1);
            }
            if (object.downlinkResponseMsg != null) {
                if (!$util.isObject(object.downlinkResponseMsg))
                    throw $TypeError(".edge.RequestMsg.downlinkResponseMsg: object expected");
                message.downlinkResponseMsg = $root.edge.DownlinkResponseMsg.fromObject(object.downlinkResponseMsg, _depth + 1);
            }
            if (object.syncRequestMsg != null) {
                if (!$util.isObject(object.syncRequestMsg))
                    throw $TypeError(".edge.RequestMsg.syncRequestMsg: object expected");
                message.syncRequestMsg = $root.edge.SyncRequestMsg.fromObject(object.syncRequestMsg, _depth + 1);
            }
            return message;
        };

        RequestMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.msgType = options.enums === $String ? "CONNECT_RPC_MESSAGE" : 0;
                object.connectRequestMsg = null;
                object.uplinkMsg = null;
                object.downlinkResponseMsg = null;
                object.syncRequestMsg = null;
            }
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType"))
                object.msgType = options.enums === $String ? $root.edge.RequestMsgType[message.msgType] === $undefined ? message.msgType : $root.edge.RequestMsgType[message.msgType] : message.msgType;
            if (message.connectRequestMsg != null && $Object.hasOwnProperty.call(message, "connectRequestMsg"))
                object.connectRequestMsg = $root.edge.ConnectRequestMsg.toObject(message.connectRequestMsg, options, _depth + 1);
            if (message.uplinkMsg != null && $Object.hasOwnProperty.call(message, "uplinkMsg"))
                object.uplinkMsg = $root.edge.UplinkMsg.toObject(message.uplinkMsg, options, _depth + 1);
            if (message.downlinkResponseMsg != null && $Object.hasOwnProperty.call(message, "downlinkResponseMsg"))
                object.downlinkResponseMsg = $root.edge.DownlinkResponseMsg.toObject(message.downlinkResponseMsg, options, _depth + 1);
            if (message.syncRequestMsg != null && $Object.hasOwnProperty.call(message, "syncRequestMsg"))
                object.syncRequestMsg = $root.edge.SyncRequestMsg.toObject(message.syncRequestMsg, options, _depth + 1);
            return object;
        };

        RequestMsg.prototype.toJSON = function() {
            return RequestMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        RequestMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.RequestMsg";
        };

        return RequestMsg;
    })();

    edge.ResponseMsg = (function() {

        const ResponseMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ResponseMsg.prototype.connectResponseMsg = null;
        ResponseMsg.prototype.uplinkResponseMsg = null;
        ResponseMsg.prototype.downlinkMsg = null;
        ResponseMsg.prototype.edgeUpdateMsg = null;

        ResponseMsg.create = function(properties) {
            return new ResponseMsg(properties);
        };

        ResponseMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.connectResponseMsg != null && $Object.hasOwnProperty.call(message, "connectResponseMsg"))
                $root.edge.ConnectResponseMsg.encode(message.connectResponseMsg, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.uplinkResponseMsg != null && $Object.hasOwnProperty.call(message, "uplinkResponseMsg"))
                $root.edge.UplinkResponseMsg.encode(message.uplinkResponseMsg, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.downlinkMsg != null && $Object.hasOwnProperty.call(message, "downlinkMsg"))
                $root.edge.DownlinkMsg.encode(message.downlinkMsg, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.edgeUpdateMsg != null && $Object.hasOwnProperty.call(message, "edgeUpdateMsg"))
                $root.edge.EdgeUpdateMsg.encode(message.edgeUpdateMsg, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ResponseMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.ResponseMsg();
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
                        message.connectResponseMsg = $root.edge.ConnectResponseMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.connectResponseMsg);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.uplinkResponseMsg = $root.edge.UplinkResponseMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.uplinkResponseMsg);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.downlinkMsg = $root.edge.DownlinkMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.downlinkMsg);
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.edgeUpdateMsg = $root.edge.EdgeUpdateMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.edgeUpdateMsg);
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

        ResponseMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.ResponseMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.ResponseMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.ResponseMsg();
            if (object.connectResponseMsg != null) {
                if (!$util.isObject(object.connectResponseMsg))
                    throw $TypeError(".edge.ResponseMsg.connectResponseMsg: object expected");
                message.connectResponseMsg = $root.edge.ConnectResponseMsg.fromObject(object.connectResponseMsg, _depth + 1);
            }
            if (object.uplinkResponseMsg != null) {
                if (!$util.isObject(object.uplinkResponseMsg))
                    throw $TypeError(".edge.ResponseMsg.uplinkResponseMsg: object expected");
                message.uplinkResponseMsg = $root.edge.UplinkResponseMsg.fromObject(object.uplinkResponseMsg, _depth + 1);
            }
            if (object.downlinkMsg != null) {
                if (!$util.isObject(object.downlinkMsg))
                    throw $TypeError(".edge.ResponseMsg.downlinkMsg: object expected");
                message.downlinkMsg = $root.edge.DownlinkMsg.fromObject(object.downlinkMsg, _depth + 1);
            }
            if (object.edgeUpdateMsg != null) {
                if (!$util.isObject(object.edgeUpdateMsg))
                    throw $TypeError(".edge.ResponseMsg.edgeUpdateMsg: object expected");
                message.edgeUpdateMsg = $root.edge.EdgeUpdateMsg.fromObject(object.edgeUpdateMsg, _depth + 1);
            }
            return message;
        };

        ResponseMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.connectResponseMsg = null;
                object.uplinkResponseMsg = null;
                object.downlinkMsg = null;
                object.edgeUpdateMsg = null;
            }
            if (message.connectResponseMsg != null && $Object.hasOwnProperty.call(message, "connectResponseMsg"))
                object.connectResponseMsg = $root.edge.ConnectResponseMsg.toObject(message.connectResponseMsg, options, _depth + 1);
            if (message.uplinkResponseMsg != null && $Object.hasOwnProperty.call(message, "uplinkResponseMsg"))
                object.uplinkResponseMsg = $root.edge.UplinkResponseMsg.toObject(message.uplinkResponseMsg, options, _depth + 1);
            if (message.downlinkMsg != null && $Object.hasOwnProperty.call(message, "downlinkMsg"))
                object.downlinkMsg = $root.edge.DownlinkMsg.toObject(message.downlinkMsg, options, _depth + 1);
            if (message.edgeUpdateMsg != null && $Object.hasOwnProperty.call(message, "edgeUpdateMsg"))
                object.edgeUpdateMsg = $root.edge.EdgeUpdateMsg.toObject(message.edgeUpdateMsg, options, _depth + 1);
            return object;
        };

        ResponseMsg.prototype.toJSON = function() {
            return ResponseMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ResponseMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.ResponseMsg";
        };

        return ResponseMsg;
    })();

    edge.ConnectRequestMsg = (function() {

        const ConnectRequestMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ConnectRequestMsg.prototype.edgeRoutingKey = "";
        ConnectRequestMsg.prototype.edgeSecret = "";
        ConnectRequestMsg.prototype.edgeVersion = 0;
        ConnectRequestMsg.prototype.maxInboundMessageSize = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ConnectRequestMsg.prototype, "_maxInboundMessageSize", {
            get: $util.oneOfGetter($oneOfFields = ["maxInboundMessageSize"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        ConnectRequestMsg.create = function(properties) {
            return new ConnectRequestMsg(properties);
        };

        ConnectRequestMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.edgeRoutingKey != null && $Object.hasOwnProperty.call(message, "edgeRoutingKey") && message.edgeRoutingKey !== "")
                writer.uint32(10).string(message.edgeRoutingKey);
            if (message.edgeSecret != null && $Object.hasOwnProperty.call(message, "edgeSecret") && message.edgeSecret !== "")
                writer.uint32(18).string(message.edgeSecret);
            if (message.edgeVersion != null && $Object.hasOwnProperty.call(message, "edgeVersion") && message.edgeVersion !== 0)
                writer.uint32(24).int32(message.edgeVersion);
            if (message.maxInboundMessageSize != null && $Object.hasOwnProperty.call(message, "maxInboundMessageSize"))
                writer.uint32(32).int32(message.maxInboundMessageSize);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ConnectRequestMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.ConnectRequestMsg();
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
                            message.edgeRoutingKey = value;
                        else
                            delete message.edgeRoutingKey;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.edgeSecret = value;
                        else
                            delete message.edgeSecret;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.edgeVersion = value;
                        else
                            delete message.edgeVersion;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.maxInboundMessageSize = reader.int32();
                        message._maxInboundMessageSize = "maxInboundMessageSize";
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

        ConnectRequestMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.ConnectRequestMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.ConnectRequestMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.ConnectRequestMsg();
            if (object.edgeRoutingKey != null)
                if (typeof object.edgeRoutingKey !== "string" || object.edgeRoutingKey.length)
                    message.edgeRoutingKey = $String(object.edgeRoutingKey);
            if (object.edgeSecret != null)
                if (typeof object.edgeSecret !== "string" || object.edgeSecret.length)
                    message.edgeSecret = $String(object.edgeSecret);
            if (object.edgeVersion !== 0 && (typeof object.edgeVersion !== "string" || $root.edge.EdgeVersion[object.edgeVersion] !== 0))
                switch (object.edgeVersion) {
                case "V_3_3_0":
                case 0:
                    message.edgeVersion = 0;
                    break;
                case "V_3_3_3":
                case 1:
                    message.edgeVersion = 1;
                    break;
                case "V_3_4_0":
                case 2:
                    message.edgeVersion = 2;
                    break;
                case "V_3_6_0":
                case 3:
                    message.edgeVersion = 3;
                    break;
                case "V_3_6_1":
                case 4:
                    message.edgeVersion = 4;
                    break;
                case "V_3_6_2":
                case 5:
                    message.edgeVersion = 5;
                    break;
                case "V_3_6_4":
                case 6:
                    message.edgeVersion = 6;
                    break;
                case "V_3_7_0":
                case 7:
                    message.edgeVersion = 7;
                    break;
                case "V_3_8_0":
                case 8:
                    message.edgeVersion = 8;
                    break;
                case "V_3_9_0":
                case 9:
                    message.edgeVersion = 9;
                    break;
                case "V_4_0_0":
                case 10:
                    message.edgeVersion = 10;
                    break;
                case "V_4_1_0":
                case 11:
                    message.edgeVersion = 11;
                    break;
                case "V_4_2_0":
                case 12:
                    message.edgeVersion = 12;
                    break;
                case "V_4_3_0":
                case 13:
                    message.edgeVersion = 13;
                    break;
                case "V_4_2_1_2":
                case 14:
                    message.edgeVersion = 14;
                    break;
                case "V_4_2_2":
                case 4220:
                    message.edgeVersion = 4220;
                    break;
                case "V_4_2_2_1":
                case 4221:
                    message.edgeVersion = 4221;
                    break;
                case "V_4_2_2_2":
                case 4222:
                    message.edgeVersion = 4222;
                    break;
                case "V_4_2_2_3":
                case 4223:
                    message.edgeVersion = 4223;
                    break;
                case "V_4_3_0_1":
                case 15:
                    message.edgeVersion = 15;
                    break;
                case "V_4_3_1":
                case 4310:
                    message.edgeVersion = 4310;
                    break;
                case "V_4_3_1_1":
                case 4311:
                    message.edgeVersion = 4311;
                    break;
                case "V_4_3_1_2":
                case 4312:
                    message.edgeVersion = 4312;
                    break;
                case "V_4_3_1_3":
                case 4313:
                    message.edgeVersion = 4313;
                    break;
                case "V_4_4_0":
                case 4400:
                    message.edgeVersion = 4400;
                    break;
                case "V_LATEST":
                case 99999:
                    message.edgeVersion = 99999;
                    break;
                default:
                    if (typeof object.edgeVersion === "number" && (object.edgeVersion | 0) === object.edgeVersion)
                        message.edgeVersion = object.edgeVersion;
                }
            if (object.maxInboundMessageSize != null)
                message.maxInboundMessageSize = object.maxInboundMessageSize | 0;
            return message;
        };

        ConnectRequestMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.edgeRoutingKey = "";
                object.edgeSecret = "";
                object.edgeVersion = options.enums === $String ? "V_3_3_0" : 0;
            }
            if (message.edgeRoutingKey != null && $Object.hasOwnProperty.call(message, "edgeRoutingKey"))
                object.edgeRoutingKey = message.edgeRoutingKey;
            if (message.edgeSecret != null && $Object.hasOwnProperty.call(message, "edgeSecret"))
                object.edgeSecret = message.edgeSecret;
            if (message.edgeVersion != null && $Object.hasOwnProperty.call(message, "edgeVersion"))
                object.edgeVersion = options.enums === $String ? $root.edge.EdgeVersion[message.edgeVersion] === $undefined ? message.edgeVersion : $root.edge.EdgeVersion[message.edgeVersion] : message.edgeVersion;
            if (message.maxInboundMessageSize != null && $Object.hasOwnProperty.call(message, "maxInboundMessageSize"))
                object.maxInboundMessageSize = message.maxInboundMessageSize;
            return object;
        };

        ConnectRequestMsg.prototype.toJSON = function() {
            return ConnectRequestMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ConnectRequestMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.ConnectRequestMsg";
        };

        return ConnectRequestMsg;
    })();

    edge.ConnectResponseMsg = (function() {

        const ConnectResponseMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ConnectResponseMsg.prototype.responseCode = 0;
        ConnectResponseMsg.prototype.errorMsg = "";
        ConnectResponseMsg.prototype.configuration = null;
        ConnectResponseMsg.prototype.maxInboundMessageSize = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(ConnectResponseMsg.prototype, "_maxInboundMessageSize", {
            get: $util.oneOfGetter($oneOfFields = ["maxInboundMessageSize"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        ConnectResponseMsg.create = function(properties) {
            return new ConnectResponseMsg(properties);
        };

        ConnectResponseMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.responseCode != null && $Object.hasOwnProperty.call(message, "responseCode") && message.responseCode !== 0)
                writer.uint32(8).int32(message.responseCode);
            if (message.errorMsg != null && $Object.hasOwnProperty.call(message, "errorMsg") && message.errorMsg !== "")
                writer.uint32(18).string(message.errorMsg);
            if (message.configuration != null && $Object.hasOwnProperty.call(message, "configuration"))
                $root.edge.EdgeConfiguration.encode(message.configuration, writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.maxInboundMessageSize != null && $Object.hasOwnProperty.call(message, "maxInboundMessageSize"))
                writer.uint32(32).int32(message.maxInboundMessageSize);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        ConnectResponseMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.ConnectResponseMsg();
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
                            message.responseCode = value;
                        else
                            delete message.responseCode;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.errorMsg = value;
                        else
                            delete message.errorMsg;
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.configuration = $root.edge.EdgeConfiguration.decode(reader, reader.size(), $undefined, _depth + 1, message.configuration);
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        message.maxInboundMessageSize = reader.int32();
                        message._maxInboundMessageSize = "maxInboundMessageSize";
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

        ConnectResponseMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.ConnectResponseMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.ConnectResponseMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.ConnectResponseMsg();
            if (object.responseCode !== 0 && (typeof object.responseCode !== "string" || $root.edge.ConnectResponseCode[object.responseCode] !== 0))
                switch (object.responseCode) {
                case "ACCEPTED":
                case 0:
                    message.responseCode = 0;
                    break;
                case "BAD_CREDENTIALS":
                case 1:
                    message.responseCode = 1;
                    break;
                case "SERVER_UNAVAILABLE":
                case 2:
                    message.responseCode = 2;
                    break;
                default:
                    if (typeof object.responseCode === "number" && (object.responseCode | 0) === object.responseCode)
                        message.responseCode = object.responseCode;
                }
            if (object.errorMsg != null)
                if (typeof object.errorMsg !== "string" || object.errorMsg.length)
                    message.errorMsg = $String(object.errorMsg);
            if (object.configuration != null) {
                if (!$util.isObject(object.configuration))
                    throw $TypeError(".edge.ConnectResponseMsg.configuration: object expected");
                message.configuration = $root.edge.EdgeConfiguration.fromObject(object.configuration, _depth + 1);
            }
            if (object.maxInboundMessageSize != null)
                message.maxInboundMessageSize = object.maxInboundMessageSize | 0;
            return message;
        };

        ConnectResponseMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.responseCode = options.enums === $String ? "ACCEPTED" : 0;
                object.errorMsg = "";
                object.configuration = null;
            }
            if (message.responseCode != null && $Object.hasOwnProperty.call(message, "responseCode"))
                object.responseCode = options.enums === $String ? $root.edge.ConnectResponseCode[message.responseCode] === $undefined ? message.responseCode : $root.edge.ConnectResponseCode[message.responseCode] : message.responseCode;
            if (message.errorMsg != null && $Object.hasOwnProperty.call(message, "errorMsg"))
                object.errorMsg = message.errorMsg;
            if (message.configuration != null && $Object.hasOwnProperty.call(message, "configuration"))
                object.configuration = $root.edge.EdgeConfiguration.toObject(message.configuration, options, _depth + 1);
            if (message.maxInboundMessageSize != null && $Object.hasOwnProperty.call(message, "maxInboundMessageSize"))
                object.maxInboundMessageSize = message.maxInboundMessageSize;
            return object;
        };

        ConnectResponseMsg.prototype.toJSON = function() {
            return ConnectResponseMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ConnectResponseMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.ConnectResponseMsg";
        };

        return ConnectResponseMsg;
    })();

    edge.EdgeConfiguration = (function() {

        const EdgeConfiguration = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        EdgeConfiguration.prototype.edgeIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        EdgeConfiguration.prototype.edgeIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        EdgeConfiguration.prototype.tenantIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        EdgeConfiguration.prototype.tenantIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        EdgeConfiguration.prototype.customerIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        EdgeConfiguration.prototype.customerIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        EdgeConfiguration.prototype.name = "";
        EdgeConfiguration.prototype.type = "";
        EdgeConfiguration.prototype.routingKey = "";
        EdgeConfiguration.prototype.secret = "";
        EdgeConfiguration.prototype.additionalInfo = "";
        EdgeConfiguration.prototype.cloudType = "";

        EdgeConfiguration.create = function(properties) {
            return new EdgeConfiguration(properties);
        };

        EdgeConfiguration.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.edgeIdMSB != null && $Object.hasOwnProperty.call(message, "edgeIdMSB") && (typeof message.edgeIdMSB === "object" ? message.edgeIdMSB.low || message.edgeIdMSB.high : message.edgeIdMSB !== 0))
                writer.uint32(8).int64(message.edgeIdMSB);
            if (message.edgeIdLSB != null && $Object.hasOwnProperty.call(message, "edgeIdLSB") && (typeof message.edgeIdLSB === "object" ? message.edgeIdLSB.low || message.edgeIdLSB.high : message.edgeIdLSB !== 0))
                writer.uint32(16).int64(message.edgeIdLSB);
            if (message.tenantIdMSB != null && $Object.hasOwnProperty.call(message, "tenantIdMSB") && (typeof message.tenantIdMSB === "object" ? message.tenantIdMSB.low || message.tenantIdMSB.high : message.tenantIdMSB !== 0))
                writer.uint32(24).int64(message.tenantIdMSB);
            if (message.tenantIdLSB != null && $Object.hasOwnProperty.call(message, "tenantIdLSB") && (typeof message.tenantIdLSB === "object" ? message.tenantIdLSB.low || message.tenantIdLSB.high : message.tenantIdLSB !== 0))
                writer.uint32(32).int64(message.tenantIdLSB);
            if (message.customerIdMSB != null && $Object.hasOwnProperty.call(message, "customerIdMSB") && (typeof message.customerIdMSB === "object" ? message.customerIdMSB.low || message.customerIdMSB.high : message.customerIdMSB !== 0))
                writer.uint32(40).int64(message.customerIdMSB);
            if (message.customerIdLSB != null && $Object.hasOwnProperty.call(message, "customerIdLSB") && (typeof message.customerIdLSB === "object" ? message.customerIdLSB.low || message.customerIdLSB.high : message.customerIdLSB !== 0))
                writer.uint32(48).int64(message.customerIdLSB);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                writer.uint32(58).string(message.name);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                writer.uint32(66).string(message.type);
            if (message.routingKey != null && $Object.hasOwnProperty.call(message, "routingKey") && message.routingKey !== "")
                writer.uint32(74).string(message.routingKey);
            if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret !== "")
                writer.uint32(82).string(message.secret);
            if (message.additionalInfo != null && $Object.hasOwnProperty.call(message, "additionalInfo") && message.additionalInfo !== "")
                writer.uint32(90).string(message.additionalInfo);
            if (message.cloudType != null && $Object.hasOwnProperty.call(message, "cloudType") && message.cloudType !== "")
                writer.uint32(98).string(message.cloudType);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        EdgeConfiguration.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.EdgeConfiguration();
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
                            message.edgeIdMSB = value;
                        else
                            delete message.edgeIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.edgeIdLSB = value;
                        else
                            delete message.edgeIdLSB;
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
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.customerIdMSB = value;
                        else
                            delete message.customerIdMSB;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.customerIdLSB = value;
                        else
                            delete message.customerIdLSB;
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.name = value;
                        else
                            delete message.name;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.type = value;
                        else
                            delete message.type;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.routingKey = value;
                        else
                            delete message.routingKey;
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.secret = value;
                        else
                            delete message.secret;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.additionalInfo = value;
                        else
                            delete message.additionalInfo;
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.cloudType = value;
                        else
                            delete message.cloudType;
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

        EdgeConfiguration.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.EdgeConfiguration)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.EdgeConfiguration: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.EdgeConfiguration();
            if (object.edgeIdMSB != null)
                if (typeof object.edgeIdMSB === "object" ? object.edgeIdMSB.low || object.edgeIdMSB.high : $Number(object.edgeIdMSB) !== 0)
                    if ($util.Long)
                        message.edgeIdMSB = $util.Long.fromValue(object.edgeIdMSB, false);
                    else if (typeof object.edgeIdMSB === "string")
                        message.edgeIdMSB = $parseInt(object.edgeIdMSB, 10);
                    else if (typeof object.edgeIdMSB === "number")
                        message.edgeIdMSB = object.edgeIdMSB;
                    else if (typeof object.edgeIdMSB === "object")
                        message.edgeIdMSB = new $util.LongBits(object.edgeIdMSB.low >>> 0, object.edgeIdMSB.high >>> 0).toNumber();
            if (object.edgeIdLSB != null)
                if (typeof object.edgeIdLSB === "object" ? object.edgeIdLSB.low || object.edgeIdLSB.high : $Number(object.edgeIdLSB) !== 0)
                    if ($util.Long)
                        message.edgeIdLSB = $util.Long.fromValue(object.edgeIdLSB, false);
                    else if (typeof object.edgeIdLSB === "string")
                        message.edgeIdLSB = $parseInt(object.edgeIdLSB, 10);
                    else if (typeof object.edgeIdLSB === "number")
                        message.edgeIdLSB = object.edgeIdLSB;
                    else if (typeof object.edgeIdLSB === "object")
                        message.edgeIdLSB = new $util.LongBits(object.edgeIdLSB.low >>> 0, object.edgeIdLSB.high >>> 0).toNumber();
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
            if (object.name != null)
                if (typeof object.name !== "string" || object.name.length)
                    message.name = $String(object.name);
            if (object.type != null)
                if (typeof object.type !== "string" || object.type.length)
                    message.type = $String(object.type);
            if (object.routingKey != null)
                if (typeof object.routingKey !== "string" || object.routingKey.length)
                    message.routingKey = $String(object.routingKey);
            if (object.secret != null)
                if (typeof object.secret !== "string" || object.secret.length)
                    message.secret = $String(object.secret);
            if (object.additionalInfo != null)
                if (typeof object.additionalInfo !== "string" || object.additionalInfo.length)
                    message.additionalInfo = $String(object.additionalInfo);
            if (object.cloudType != null)
                if (typeof object.cloudType !== "string" || object.cloudType.length)
                    message.cloudType = $String(object.cloudType);
            return message;
        };

        EdgeConfiguration.toObject = function (message, options, _depth) {
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
                    object.edgeIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.edgeIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.edgeIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.edgeIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
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
                    object.customerIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.customerIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.customerIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.customerIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.name = "";
                object.type = "";
                object.routingKey = "";
                object.secret = "";
                object.additionalInfo = "";
                object.cloudType = "";
            }
            if (message.edgeIdMSB != null && $Object.hasOwnProperty.call(message, "edgeIdMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.edgeIdMSB = typeof message.edgeIdMSB === "number" ? $BigInt(message.edgeIdMSB) : $util.Long.fromBits(message.edgeIdMSB.low >>> 0, message.edgeIdMSB.high >>> 0, false).toBigInt();
                else if (typeof message.edgeIdMSB === "number")
                    object.edgeIdMSB = options.longs === $String ? $String(message.edgeIdMSB) : message.edgeIdMSB;
                else
                    object.edgeIdMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.edgeIdMSB) : options.longs === $Number ? new $util.LongBits(message.edgeIdMSB.low >>> 0, message.edgeIdMSB.high >>> 0).toNumber() : message.edgeIdMSB;
            if (message.edgeIdLSB != null && $Object.hasOwnProperty.call(message, "edgeIdLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.edgeIdLSB = typeof message.edgeIdLSB === "number" ? $BigInt(message.edgeIdLSB) : $util.Long.fromBits(message.edgeIdLSB.low >>> 0, message.edgeIdLSB.high >>> 0, false).toBigInt();
                else if (typeof message.edgeIdLSB === "number")
                    object.edgeIdLSB = options.longs === $String ? $String(message.edgeIdLSB) : message.edgeIdLSB;
                else
                    object.edgeIdLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.edgeIdLSB) : options.longs === $Number ? new $util.LongBits(message.edgeIdLSB.low >>> 0, message.edgeIdLSB.high >>> 0).toNumber() : message.edgeIdLSB;
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
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                object.name = message.name;
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                object.type = message.type;
            if (message.routingKey != null && $Object.hasOwnProperty.call(message, "routingKey"))
                object.routingKey = message.routingKey;
            if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                object.secret = message.secret;
            if (message.additionalInfo != null && $Object.hasOwnProperty.call(message, "additionalInfo"))
                object.additionalInfo = message.additionalInfo;
            if (message.cloudType != null && $Object.hasOwnProperty.call(message, "cloudType"))
                object.cloudType = message.cloudType;
            return object;
        };

        EdgeConfiguration.prototype.toJSON = function() {
            return EdgeConfiguration.toObject(this, $protobuf.util.toJSONOptions);
        };

        EdgeConfiguration.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.EdgeConfiguration";
        };

        return EdgeConfiguration;
    })();

    edge.EdgeUpdateMsg = (function() {

        const EdgeUpdateMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        EdgeUpdateMsg.prototype.configuration = null;

        EdgeUpdateMsg.create = function(properties) {
            return new EdgeUpdateMsg(properties);
        };

        EdgeUpdateMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.configuration != null && $Object.hasOwnProperty.call(message, "configuration"))
                $root.edge.EdgeConfiguration.encode(message.configuration, writer.uint32(10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        EdgeUpdateMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.EdgeUpdateMsg();
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
                        message.configuration = $root.edge.EdgeConfiguration.decode(reader, reader.size(), $undefined, _depth + 1, message.configuration);
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

        EdgeUpdateMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.EdgeUpdateMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.EdgeUpdateMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.EdgeUpdateMsg();
            if (object.configuration != null) {
                if (!$util.isObject(object.configuration))
                    throw $TypeError(".edge.EdgeUpdateMsg.configuration: object expected");
                message.configuration = $root.edge.EdgeConfiguration.fromObject(object.configuration, _depth + 1);
            }
            return message;
        };

        EdgeUpdateMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.configuration = null;
            if (message.configuration != null && $Object.hasOwnProperty.call(message, "configuration"))
                object.configuration = $root.edge.EdgeConfiguration.toObject(message.configuration, options, _depth + 1);
            return object;
        };

        EdgeUpdateMsg.prototype.toJSON = function() {
            return EdgeUpdateMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        EdgeUpdateMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.EdgeUpdateMsg";
        };

        return EdgeUpdateMsg;
    })();

    edge.SyncRequestMsg = (function() {

        const SyncRequestMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SyncRequestMsg.prototype.fullSync = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(SyncRequestMsg.prototype, "_fullSync", {
            get: $util.oneOfGetter($oneOfFields = ["fullSync"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        SyncRequestMsg.create = function(properties) {
            return new SyncRequestMsg(properties);
        };

        SyncRequestMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.fullSync != null && $Object.hasOwnProperty.call(message, "fullSync"))
                writer.uint32(16).bool(message.fullSync);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        SyncRequestMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.SyncRequestMsg();
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
                        message.fullSync = reader.bool();
                        message._fullSync = "fullSync";
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

        SyncRequestMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.SyncRequestMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.SyncRequestMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.SyncRequestMsg();
            if (object.fullSync != null)
                message.fullSync = $Boolean(object.fullSync);
            return message;
        };

        SyncRequestMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (message.fullSync != null && $Object.hasOwnProperty.call(message, "fullSync"))
                object.fullSync = message.fullSync;
            return object;
        };

        SyncRequestMsg.prototype.toJSON = function() {
            return SyncRequestMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        SyncRequestMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.SyncRequestMsg";
        };

        return SyncRequestMsg;
    })();

    edge.SyncCompletedMsg = (function() {

        const SyncCompletedMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        SyncCompletedMsg.create = function(properties) {
            return new SyncCompletedMsg(properties);
        };

        SyncCompletedMsg.encode = function (message, writer, _depth) {
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

        SyncCompletedMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.SyncCompletedMsg();
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

        SyncCompletedMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.SyncCompletedMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.SyncCompletedMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            return new $root.edge.SyncCompletedMsg();
        };

        SyncCompletedMsg.toObject = function () {
            return {};
        };

        SyncCompletedMsg.prototype.toJSON = function() {
            return SyncCompletedMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        SyncCompletedMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.SyncCompletedMsg";
        };

        return SyncCompletedMsg;
    })();

    edge.UplinkMsg = (function() {

        const UplinkMsg = function (properties) {
            this.entityData = [];
            this.deviceUpdateMsg = [];
            this.deviceCredentialsUpdateMsg = [];
            this.attributesRequestMsg = [];
            this.deviceCredentialsRequestMsg = [];
            this.deviceRpcCallMsg = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        UplinkMsg.prototype.uplinkMsgId = 0;
        UplinkMsg.prototype.entityData = $util.emptyArray;
        UplinkMsg.prototype.deviceUpdateMsg = $util.emptyArray;
        UplinkMsg.prototype.deviceCredentialsUpdateMsg = $util.emptyArray;
        UplinkMsg.prototype.attributesRequestMsg = $util.emptyArray;
        UplinkMsg.prototype.deviceCredentialsRequestMsg = $util.emptyArray;
        UplinkMsg.prototype.deviceRpcCallMsg = $util.emptyArray;

        UplinkMsg.create = function(properties) {
            return new UplinkMsg(properties);
        };

        UplinkMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.uplinkMsgId != null && $Object.hasOwnProperty.call(message, "uplinkMsgId") && message.uplinkMsgId !== 0)
                writer.uint32(8).int32(message.uplinkMsgId);
            if (message.entityData != null && message.entityData.length)
                for (let i = 0; i < message.entityData.length; ++i)
                    $root.edge.EntityDataProto.encode(message.entityData[i], writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.deviceUpdateMsg != null && message.deviceUpdateMsg.length)
                for (let i = 0; i < message.deviceUpdateMsg.length; ++i)
                    $root.edge.DeviceUpdateMsg.encode(message.deviceUpdateMsg[i], writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.deviceCredentialsUpdateMsg != null && message.deviceCredentialsUpdateMsg.length)
                for (let i = 0; i < message.deviceCredentialsUpdateMsg.length; ++i)
                    $root.edge.DeviceCredentialsUpdateMsg.encode(message.deviceCredentialsUpdateMsg[i], writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.attributesRequestMsg != null && message.attributesRequestMsg.length)
                for (let i = 0; i < message.attributesRequestMsg.length; ++i)
                    $root.edge.AttributesRequestMsg.encode(message.attributesRequestMsg[i], writer.uint32(66).fork(), _depth + 1).ldelim();
            if (message.deviceCredentialsRequestMsg != null && message.deviceCredentialsRequestMsg.length)
                for (let i = 0; i < message.deviceCredentialsRequestMsg.length; ++i)
                    $root.edge.DeviceCredentialsRequestMsg.encode(message.deviceCredentialsRequestMsg[i], writer.uint32(90).fork(), _depth + 1).ldelim();
            if (message.deviceRpcCallMsg != null && message.deviceRpcCallMsg.length)
                for (let i = 0; i < message.deviceRpcCallMsg.length; ++i)
                    $root.edge.DeviceRpcCallMsg.encode(message.deviceRpcCallMsg[i], writer.uint32(98).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        UplinkMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.UplinkMsg();
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
                            message.uplinkMsgId = value;
                        else
                            delete message.uplinkMsgId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.entityData && message.entityData.length))
                            message.entityData = [];
                        message.entityData.push($root.edge.EntityDataProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.deviceUpdateMsg && message.deviceUpdateMsg.length))
                            message.deviceUpdateMsg = [];
                        message.deviceUpdateMsg.push($root.edge.DeviceUpdateMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.deviceCredentialsUpdateMsg && message.deviceCredentialsUpdateMsg.length))
                            message.deviceCredentialsUpdateMsg = [];
                        message.deviceCredentialsUpdateMsg.push($root.edge.DeviceCredentialsUpdateMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (!(message.attributesRequestMsg && message.attributesRequestMsg.length))
                            message.attributesRequestMsg = [];
                        message.attributesRequestMsg.push($root.edge.AttributesRequestMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if (!(message.deviceCredentialsRequestMsg && message.deviceCredentialsRequestMsg.length))
                            message.deviceCredentialsRequestMsg = [];
                        message.deviceCredentialsRequestMsg.push($root.edge.DeviceCredentialsRequestMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if (!(message.deviceRpcCallMsg && message.deviceRpcCallMsg.length))
                            message.deviceRpcCallMsg = [];
                        message.deviceRpcCallMsg.push($root.edge.DeviceRpcCallMsg.decode(reader, reader.size(), $undefined, _depth + 1));
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

        UplinkMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.UplinkMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.UplinkMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.UplinkMsg();
            if (object.uplinkMsgId != null)
                if ($Number(object.uplinkMsgId) !== 0)
                    message.uplinkMsgId = object.uplinkMsgId | 0;
            if (object.entityData) {
                if (!$Array.isArray(object.entityData))
                    throw $TypeError(".edge.UplinkMsg.entityData: array expected");
                message.entityData = $Array(object.entityData.length);
                for (let i = 0; i < object.entityData.length; ++i) {
                    if (!$util.isObject(object.entityData[i]))
                        throw $TypeError(".edge.UplinkMsg.entityData: object expected");
                    message.entityData[i] = $root.edge.EntityDataProto.fromObject(object.entityData[i], _depth + 1);
                }
            }
            if (object.deviceUpdateMsg) {
                if (!$Array.isArray(object.deviceUpdateMsg))
                    throw $TypeError(".edge.UplinkMsg.deviceUpdateMsg: array expected");
                message.deviceUpdateMsg = $Array(object.deviceUpdateMsg.length);
                for (let i = 0; i < object.deviceUpdateMsg.length; ++i) {
                    if (!$util.isObject(object.deviceUpdateMsg[i]))
                        throw $TypeError(".edge.UplinkMsg.deviceUpdateMsg: object expected");
                    message.deviceUpdateMsg[i] = $root.edge.DeviceUpdateMsg.fromObject(object.deviceUpdateMsg[i], _depth + 1);
                }
            }
            if (object.deviceCredentialsUpdateMsg) {
                if (!$Array.isArray(object.deviceCredentialsUpdateMsg))
                    throw $TypeError(".edge.UplinkMsg.deviceCredentialsUpdateMsg: array expected");
                message.deviceCredentialsUpdateMsg = $Array(object.deviceCredentialsUpdateMsg.length);
                for (let i = 0; i < object.deviceCredentialsUpdateMsg.length; ++i) {
                    if (!$util.isObject(object.deviceCredentialsUpdateMsg[i]))
                        throw $TypeError(".edge.UplinkMsg.deviceCredentialsUpdateMsg: object expected");
                    message.deviceCredentialsUpdateMsg[i] = $root.edge.DeviceCredentialsUpdateMsg.fromObject(object.deviceCredentialsUpdateMsg[i], _depth + 1);
                }
            }
            if (object.attributesRequestMsg) {
                if (!$Array.isArray(object.attributesRequestMsg))
                    throw $TypeError(".edge.UplinkMsg.attributesRequestMsg: array expected");
                message.attributesRequestMsg = $Array(object.attributesRequestMsg.length);
                for (let i = 0; i < object.attributesRequestMsg.length; ++i) {
                    if (!$util.isObject(object.attributesRequestMsg[i]))
                        throw $TypeError(".edge.UplinkMsg.attributesRequestMsg: object expected");
                    message.attributesRequestMsg[i] = $root.edge.AttributesRequestMsg.fromObject(object.attributesRequestMsg[i], _depth + 1);
                }
            }
            if (object.deviceCredentialsRequestMsg) {
                if (!$Array.isArray(object.deviceCredentialsRequestMsg))
                    throw $TypeError(".edge.UplinkMsg.deviceCredentialsRequestMsg: array expected");
                message.deviceCredentialsRequestMsg = $Array(object.deviceCredentialsRequestMsg.length);
                for (let i = 0; i < object.deviceCredentialsRequestMsg.length; ++i) {
                    if (!$util.isObject(object.deviceCredentialsRequestMsg[i]))
                        throw $TypeError(".edge.UplinkMsg.deviceCredentialsRequestMsg: object expected");
                    message.deviceCredentialsRequestMsg[i] = $root.edge.DeviceCredentialsRequestMsg.fromObject(object.deviceCredentialsRequestMsg[i], _depth + 1);
                }
            }
            if (object.deviceRpcCallMsg) {
                if (!$Array.isArray(object.deviceRpcCallMsg))
                    throw $TypeError(".edge.UplinkMsg.deviceRpcCallMsg: array expected");
                message.deviceRpcCallMsg = $Array(object.deviceRpcCallMsg.length);
                for (let i = 0; i < object.deviceRpcCallMsg.length; ++i) {
                    if (!$util.isObject(object.deviceRpcCallMsg[i]))
                        throw $TypeError(".edge.UplinkMsg.deviceRpcCallMsg: object expected");
                    message.deviceRpcCallMsg[i] = $root.edge.DeviceRpcCallMsg.fromObject(object.deviceRpcCallMsg[i], _depth + 1);
                }
            }
            return message;
        };

        UplinkMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.entityData = [];
                object.deviceUpdateMsg = [];
                object.deviceCredentialsUpdateMsg = [];
                object.attributesRequestMsg = [];
                object.deviceCredentialsRequestMsg = [];
                object.deviceRpcCallMsg = [];
            }
            if (options.defaults)
                object.uplinkMsgId = 0;
            if (message.uplinkMsgId != null && $Object.hasOwnProperty.call(message, "uplinkMsgId"))
                object.uplinkMsgId = message.uplinkMsgId;
            if (message.entityData && message.entityData.length) {
                object.entityData = $Array(message.entityData.length);
                for (let j = 0; j < message.entityData.length; ++j)
                    object.entityData[j] = $root.edge.EntityDataProto.toObject(message.entityData[j], options, _depth + 1);
            }
            if (message.deviceUpdateMsg && message.deviceUpdateMsg.length) {
                object.deviceUpdateMsg = $Array(message.deviceUpdateMsg.length);
                for (let j = 0; j < message.deviceUpdateMsg.length; ++j)
                    object.deviceUpdateMsg[j] = $root.edge.DeviceUpdateMsg.toObject(message.deviceUpdateMsg[j], options, _depth + 1);
            }
            if (message.deviceCredentialsUpdateMsg && message.deviceCredentialsUpdateMsg.length) {
                object.deviceCredentialsUpdateMsg = $Array(message.deviceCredentialsUpdateMsg.length);
                for (let j = 0; j < message.deviceCredentialsUpdateMsg.length; ++j)
                    object.deviceCredentialsUpdateMsg[j] = $root.edge.DeviceCredentialsUpdateMsg.toObject(message.deviceCredentialsUpdateMsg[j], options, _depth + 1);
            }
            if (message.attributesRequestMsg && message.attributesRequestMsg.length) {
                object.attributesRequestMsg = $Array(message.attributesRequestMsg.length);
                for (let j = 0; j < message.attributesRequestMsg.length; ++j)
                    object.attributesRequestMsg[j] = $root.edge.AttributesRequestMsg.toObject(message.attributesRequestMsg[j], options, _depth + 1);
            }
            if (message.deviceCredentialsRequestMsg && message.deviceCredentialsRequestMsg.length) {
                object.deviceCredentialsRequestMsg = $Array(message.deviceCredentialsRequestMsg.length);
                for (let j = 0; j < message.deviceCredentialsRequestMsg.length; ++j)
                    object.deviceCredentialsRequestMsg[j] = $root.edge.DeviceCredentialsRequestMsg.toObject(message.deviceCredentialsRequestMsg[j], options, _depth + 1);
            }
            if (message.deviceRpcCallMsg && message.deviceRpcCallMsg.length) {
                object.deviceRpcCallMsg = $Array(message.deviceRpcCallMsg.length);
                for (let j = 0; j < message.deviceRpcCallMsg.length; ++j)
                    object.deviceRpcCallMsg[j] = $root.edge.DeviceRpcCallMsg.toObject(message.deviceRpcCallMsg[j], options, _depth + 1);
            }
            return object;
        };

        UplinkMsg.prototype.toJSON = function() {
            return UplinkMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        UplinkMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.UplinkMsg";
        };

        return UplinkMsg;
    })();

    edge.UplinkResponseMsg = (function() {

        const UplinkResponseMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        UplinkResponseMsg.prototype.success = false;
        UplinkResponseMsg.prototype.errorMsg = "";
        UplinkResponseMsg.prototype.uplinkMsgId = 0;

        UplinkResponseMsg.create = function(properties) {
            return new UplinkResponseMsg(properties);
        };

        UplinkResponseMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                writer.uint32(8).bool(message.success);
            if (message.errorMsg != null && $Object.hasOwnProperty.call(message, "errorMsg") && message.errorMsg !== "")
                writer.uint32(18).string(message.errorMsg);
            if (message.uplinkMsgId != null && $Object.hasOwnProperty.call(message, "uplinkMsgId") && message.uplinkMsgId !== 0)
                writer.uint32(24).int32(message.uplinkMsgId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        UplinkResponseMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.UplinkResponseMsg();
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
                            message.success = value;
                        else
                            delete message.success;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.errorMsg = value;
                        else
                            delete message.errorMsg;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.uplinkMsgId = value;
                        else
                            delete message.uplinkMsgId;
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

        UplinkResponseMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.UplinkResponseMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.UplinkResponseMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.UplinkResponseMsg();
            if (object.success != null)
                if (object.success)
                    message.success = $Boolean(object.success);
            if (object.errorMsg != null)
                if (typeof object.errorMsg !== "string" || object.errorMsg.length)
                    message.errorMsg = $String(object.errorMsg);
            if (object.uplinkMsgId != null)
                if ($Number(object.uplinkMsgId) !== 0)
                    message.uplinkMsgId = object.uplinkMsgId | 0;
            return message;
        };

        UplinkResponseMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.success = false;
                object.errorMsg = "";
                object.uplinkMsgId = 0;
            }
            if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                object.success = message.success;
            if (message.errorMsg != null && $Object.hasOwnProperty.call(message, "errorMsg"))
                object.errorMsg = message.errorMsg;
            if (message.uplinkMsgId != null && $Object.hasOwnProperty.call(message, "uplinkMsgId"))
                object.uplinkMsgId = message.uplinkMsgId;
            return object;
        };

        UplinkResponseMsg.prototype.toJSON = function() {
            return UplinkResponseMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        UplinkResponseMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.UplinkResponseMsg";
        };

        return UplinkResponseMsg;
    })();

    edge.DownlinkMsg = (function() {

        const DownlinkMsg = function (properties) {
            this.entityData = [];
            this.deviceUpdateMsg = [];
            this.deviceProfileUpdateMsg = [];
            this.deviceCredentialsUpdateMsg = [];
            this.deviceRpcCallMsg = [];
            this.otaPackageUpdateMsg = [];
            this.tenantUpdateMsg = [];
            this.tenantProfileUpdateMsg = [];
            this.resourceUpdateMsg = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        DownlinkMsg.prototype.downlinkMsgId = 0;
        DownlinkMsg.prototype.syncCompletedMsg = null;
        DownlinkMsg.prototype.entityData = $util.emptyArray;
        DownlinkMsg.prototype.deviceUpdateMsg = $util.emptyArray;
        DownlinkMsg.prototype.deviceProfileUpdateMsg = $util.emptyArray;
        DownlinkMsg.prototype.deviceCredentialsUpdateMsg = $util.emptyArray;
        DownlinkMsg.prototype.deviceRpcCallMsg = $util.emptyArray;
        DownlinkMsg.prototype.otaPackageUpdateMsg = $util.emptyArray;
        DownlinkMsg.prototype.edgeConfiguration = null;
        DownlinkMsg.prototype.tenantUpdateMsg = $util.emptyArray;
        DownlinkMsg.prototype.tenantProfileUpdateMsg = $util.emptyArray;
        DownlinkMsg.prototype.resourceUpdateMsg = $util.emptyArray;

        DownlinkMsg.create = function(properties) {
            return new DownlinkMsg(properties);
        };

        DownlinkMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.downlinkMsgId != null && $Object.hasOwnProperty.call(message, "downlinkMsgId") && message.downlinkMsgId !== 0)
                writer.uint32(8).int32(message.downlinkMsgId);
            if (message.syncCompletedMsg != null && $Object.hasOwnProperty.call(message, "syncCompletedMsg"))
                $root.edge.SyncCompletedMsg.encode(message.syncCompletedMsg, writer.uint32(18).fork(), _depth + 1).ldelim();
            if (message.entityData != null && message.entityData.length)
                for (let i = 0; i < message.entityData.length; ++i)
                    $root.edge.EntityDataProto.encode(message.entityData[i], writer.uint32(26).fork(), _depth + 1).ldelim();
            if (message.deviceUpdateMsg != null && message.deviceUpdateMsg.length)
                for (let i = 0; i < message.deviceUpdateMsg.length; ++i)
                    $root.edge.DeviceUpdateMsg.encode(message.deviceUpdateMsg[i], writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.deviceProfileUpdateMsg != null && message.deviceProfileUpdateMsg.length)
                for (let i = 0; i < message.deviceProfileUpdateMsg.length; ++i)
                    $root.edge.DeviceProfileUpdateMsg.encode(message.deviceProfileUpdateMsg[i], writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.deviceCredentialsUpdateMsg != null && message.deviceCredentialsUpdateMsg.length)
                for (let i = 0; i < message.deviceCredentialsUpdateMsg.length; ++i)
                    $root.edge.DeviceCredentialsUpdateMsg.encode(message.deviceCredentialsUpdateMsg[i], writer.uint32(58).fork(), _depth + 1).ldelim();
            if (message.deviceRpcCallMsg != null && message.deviceRpcCallMsg.length)
                for (let i = 0; i < message.deviceRpcCallMsg.length; ++i)
                    $root.edge.DeviceRpcCallMsg.encode(message.deviceRpcCallMsg[i], writer.uint32(170).fork(), _depth + 1).ldelim();
            if (message.otaPackageUpdateMsg != null && message.otaPackageUpdateMsg.length)
                for (let i = 0; i < message.otaPackageUpdateMsg.length; ++i)
                    $root.edge.OtaPackageUpdateMsg.encode(message.otaPackageUpdateMsg[i], writer.uint32(178).fork(), _depth + 1).ldelim();
            if (message.edgeConfiguration != null && $Object.hasOwnProperty.call(message, "edgeConfiguration"))
                $root.edge.EdgeConfiguration.encode(message.edgeConfiguration, writer.uint32(202).fork(), _depth + 1).ldelim();
            if (message.tenantUpdateMsg != null && message.tenantUpdateMsg.length)
                for (let i = 0; i < message.tenantUpdateMsg.length; ++i)
                    $root.edge.TenantUpdateMsg.encode(message.tenantUpdateMsg[i], writer.uint32(210).fork(), _depth + 1).ldelim();
            if (message.tenantProfileUpdateMsg != null && message.tenantProfileUpdateMsg.length)
                for (let i = 0; i < message.tenantProfileUpdateMsg.length; ++i)
                    $root.edge.TenantProfileUpdateMsg.encode(message.tenantProfileUpdateMsg[i], writer.uint32(218).fork(), _depth + 1).ldelim();
            if (message.resourceUpdateMsg != null && message.resourceUpdateMsg.length)
                for (let i = 0; i < message.resourceUpdateMsg.length; ++i)
                    $root.edge.ResourceUpdateMsg.encode(message.resourceUpdateMsg[i], writer.uint32(226).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        DownlinkMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.DownlinkMsg();
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
                            message.downlinkMsgId = value;
                        else
                            delete message.downlinkMsgId;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.syncCompletedMsg = $root.edge.SyncCompletedMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.syncCompletedMsg);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.entityData && message.entityData.length))
                            message.entityData = [];
                        message.entityData.push($root.edge.EntityDataProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.deviceUpdateMsg && message.deviceUpdateMsg.length))
                            message.deviceUpdateMsg = [];
                        message.deviceUpdateMsg.push($root.edge.DeviceUpdateMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.deviceProfileUpdateMsg && message.deviceProfileUpdateMsg.length))
                            message.deviceProfileUpdateMsg = [];
                        message.deviceProfileUpdateMsg.push($root.edge.DeviceProfileUpdateMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.deviceCredentialsUpdateMsg && message.deviceCredentialsUpdateMsg.length))
                            message.deviceCredentialsUpdateMsg = [];
                        message.deviceCredentialsUpdateMsg.push($root.edge.DeviceCredentialsUpdateMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 21: {
                        if (wireType !== 2)
                            break;
                        if (!(message.deviceRpcCallMsg && message.deviceRpcCallMsg.length))
                            message.deviceRpcCallMsg = [];
                        message.deviceRpcCallMsg.push($root.edge.DeviceRpcCallMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        if (!(message.otaPackageUpdateMsg && message.otaPackageUpdateMsg.length))
                            message.otaPackageUpdateMsg = [];
                        message.otaPackageUpdateMsg.push($root.edge.OtaPackageUpdateMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 25: {
                        if (wireType !== 2)
                            break;
                        message.edgeConfiguration = $root.edge.EdgeConfiguration.decode(reader, reader.size(), $undefined, _depth + 1, message.edgeConfiguration);
                        continue;
                    }
                case 26: {
                        if (wireType !== 2)
                            break;
                        if (!(message.tenantUpdateMsg && message.tenantUpdateMsg.length))
                            message.tenantUpdateMsg = [];
                        message.tenantUpdateMsg.push($root.edge.TenantUpdateMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 27: {
                        if (wireType !== 2)
                            break;
                        if (!(message.tenantProfileUpdateMsg && message.tenantProfileUpdateMsg.length))
                            message.tenantProfileUpdateMsg = [];
                        message.tenantProfileUpdateMsg.push($root.edge.TenantProfileUpdateMsg.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 28: {
                        if (wireType !== 2)
                            break;
                        if (!(message.resourceUpdateMsg && message.resourceUpdateMsg.length))
                            message.resourceUpdateMsg = [];
                        message.resourceUpdateMsg.push($root.edge.ResourceUpdateMsg.decode(reader, reader.size(), $undefined, _depth + 1));
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

        DownlinkMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.DownlinkMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.DownlinkMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.DownlinkMsg();
            if (object.downlinkMsgId != null)
                if ($Number(object.downlinkMsgId) !== 0)
                    message.downlinkMsgId = object.downlinkMsgId | 0;
            if (object.syncCompletedMsg != null) {
                if (!$util.isObject(object.syncCompletedMsg))
                    throw $TypeError(".edge.DownlinkMsg.syncCompletedMsg: object expected");
                message.syncCompletedMsg = $root.edge.SyncCompletedMsg.fromObject(object.syncCompletedMsg, _depth + 1);
            }
            if (object.entityData) {
                if (!$Array.isArray(object.entityData))
                    throw $TypeError(".edge.DownlinkMsg.entityData: array expected");
                message.entityData = $Array(object.entityData.length);
                for (let i = 0; i < object.entityData.length; ++i) {
                    if (!$util.isObject(object.entityData[i]))
                        throw $TypeError(".edge.DownlinkMsg.entityData: object expected");
                    message.entityData[i] = $root.edge.EntityDataProto.fromObject(object.entityData[i], _depth + 1);
                }
            }
            if (object.deviceUpdateMsg) {
                if (!$Array.isArray(object.deviceUpdateMsg))
                    throw $TypeError(".edge.DownlinkMsg.deviceUpdateMsg: array expected");
                message.deviceUpdateMsg = $Array(object.deviceUpdateMsg.length);
                for (let i = 0; i < object.deviceUpdateMsg.length; ++i) {
                    if (!$util.isObject(object.deviceUpdateMsg[i]))
                        throw $TypeError(".edge.DownlinkMsg.deviceUpdateMsg: object expected");
                    message.deviceUpdateMsg[i] = $root.edge.DeviceUpdateMsg.fromObject(object.deviceUpdateMsg[i], _depth + 1);
                }
            }
            if (object.deviceProfileUpdateMsg) {
                if (!$Array.isArray(object.deviceProfileUpdateMsg))
                    throw $TypeError(".edge.DownlinkMsg.deviceProfileUpdateMsg: array expected");
                message.deviceProfileUpdateMsg = $Array(object.deviceProfileUpdateMsg.length);
                for (let i = 0; i < object.deviceProfileUpdateMsg.length; ++i) {
                    if (!$util.isObject(object.deviceProfileUpdateMsg[i]))
                        throw $TypeError(".edge.DownlinkMsg.deviceProfileUpdateMsg: object expected");
                    message.deviceProfileUpdateMsg[i] = $root.edge.DeviceProfileUpdateMsg.fromObject(object.deviceProfileUpdateMsg[i], _depth + 1);
                }
            }
            if (object.deviceCredentialsUpdateMsg) {
                if (!$Array.isArray(object.deviceCredentialsUpdateMsg))
                    throw $TypeError(".edge.DownlinkMsg.deviceCredentialsUpdateMsg: array expected");
                message.deviceCredentialsUpdateMsg = $Array(object.deviceCredentialsUpdateMsg.length);
                for (let i = 0; i < object.deviceCredentialsUpdateMsg.length; ++i) {
                    if (!$util.isObject(object.deviceCredentialsUpdateMsg[i]))
                        throw $TypeError(".edge.DownlinkMsg.deviceCredentialsUpdateMsg: object expected");
                    message.deviceCredentialsUpdateMsg[i] = $root.edge.DeviceCredentialsUpdateMsg.fromObject(object.deviceCredentialsUpdateMsg[i], _depth + 1);
                }
            }
            if (object.deviceRpcCallMsg) {
                if (!$Array.isArray(object.deviceRpcCallMsg))
                    throw $TypeError(".edge.DownlinkMsg.deviceRpcCallMsg: array expected");
                message.deviceRpcCallMsg = $Array(object.deviceRpcCallMsg.length);
                for (let i = 0; i < object.deviceRpcCallMsg.length; ++i) {
                    if (!$util.isObject(object.deviceRpcCallMsg[i]))
                        throw $TypeError(".edge.DownlinkMsg.deviceRpcCallMsg: object expected");
                    message.deviceRpcCallMsg[i] = $root.edge.DeviceRpcCallMsg.fromObject(object.deviceRpcCallMsg[i], _depth + 1);
                }
            }
            if (object.otaPackageUpdateMsg) {
                if (!$Array.isArray(object.otaPackageUpdateMsg))
                    throw $TypeError(".edge.DownlinkMsg.otaPackageUpdateMsg: array expected");
                message.otaPackageUpdateMsg = $Array(object.otaPackageUpdateMsg.length);
                for (let i = 0; i < object.otaPackageUpdateMsg.length; ++i) {
                    if (!$util.isObject(object.otaPackageUpdateMsg[i]))
                        throw $TypeError(".edge.DownlinkMsg.otaPackageUpdateMsg: object expected");
                    message.otaPackageUpdateMsg[i] = $root.edge.OtaPackageUpdateMsg.fromObject(object.otaPackageUpdateMsg[i], _depth + 1);
                }
            }
            if (object.edgeConfiguration != null) {
                if (!$util.isObject(object.edgeConfiguration))
                    throw $TypeError(".edge.DownlinkMsg.edgeConfiguration: object expected");
                message.edgeConfiguration = $root.edge.EdgeConfiguration.fromObject(object.edgeConfiguration, _depth + 1);
            }
            if (object.tenantUpdateMsg) {
                if (!$Array.isArray(object.tenantUpdateMsg))
                    throw $TypeError(".edge.DownlinkMsg.tenantUpdateMsg: array expected");
                message.tenantUpdateMsg = $Array(object.tenantUpdateMsg.length);
                for (let i = 0; i < object.tenantUpdateMsg.length; ++i) {
                    if (!$util.isObject(object.tenantUpdateMsg[i]))
                        throw $TypeError(".edge.DownlinkMsg.tenantUpdateMsg: object expected");
                    message.tenantUpdateMsg[i] = $root.edge.TenantUpdateMsg.fromObject(object.tenantUpdateMsg[i], _depth + 1);
                }
            }
            if (object.tenantProfileUpdateMsg) {
                if (!$Array.isArray(object.tenantProfileUpdateMsg))
                    throw $TypeError(".edge.DownlinkMsg.tenantProfileUpdateMsg: array expected");
                message.tenantProfileUpdateMsg = $Array(object.tenantProfileUpdateMsg.length);
                for (let i = 0; i < object.tenantProfileUpdateMsg.length; ++i) {
                    if (!$util.isObject(object.tenantProfileUpdateMsg[i]))
                        throw $TypeError(".edge.DownlinkMsg.tenantProfileUpdateMsg: object expected");
                    message.tenantProfileUpdateMsg[i] = $root.edge.TenantProfileUpdateMsg.fromObject(object.tenantProfileUpdateMsg[i], _depth + 1);
                }
            }
            if (object.resourceUpdateMsg) {
                if (!$Array.isArray(object.resourceUpdateMsg))
                    throw $TypeError(".edge.DownlinkMsg.resourceUpdateMsg: array expected");
                message.resourceUpdateMsg = $Array(object.resourceUpdateMsg.length);
                for (let i = 0; i < object.resourceUpdateMsg.length; ++i) {
                    if (!$util.isObject(object.resourceUpdateMsg[i]))
                        throw $TypeError(".edge.DownlinkMsg.resourceUpdateMsg: object expected");
                    message.resourceUpdateMsg[i] = $root.edge.ResourceUpdateMsg.fromObject(object.resourceUpdateMsg[i], _depth + 1);
                }
            }
            return message;
        };

        DownlinkMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults) {
                object.entityData = [];
                object.deviceUpdateMsg = [];
                object.deviceProfileUpdateMsg = [];
                object.deviceCredentialsUpdateMsg = [];
                object.deviceRpcCallMsg = [];
                object.otaPackageUpdateMsg = [];
                object.tenantUpdateMsg = [];
                object.tenantProfileUpdateMsg = [];
                object.resourceUpdateMsg = [];
            }
            if (options.defaults) {
                object.downlinkMsgId = 0;
                object.syncCompletedMsg = null;
                object.edgeConfiguration = null;
            }
            if (message.downlinkMsgId != null && $Object.hasOwnProperty.call(message, "downlinkMsgId"))
                object.downlinkMsgId = message.downlinkMsgId;
            if (message.syncCompletedMsg != null && $Object.hasOwnProperty.call(message, "syncCompletedMsg"))
                object.syncCompletedMsg = $root.edge.SyncCompletedMsg.toObject(message.syncCompletedMsg, options, _depth + 1);
            if (message.entityData && message.entityData.length) {
                object.entityData = $Array(message.entityData.length);
                for (let j = 0; j < message.entityData.length; ++j)
                    object.entityData[j] = $root.edge.EntityDataProto.toObject(message.entityData[j], options, _depth + 1);
            }
            if (message.deviceUpdateMsg && message.deviceUpdateMsg.length) {
                object.deviceUpdateMsg = $Array(message.deviceUpdateMsg.length);
                for (let j = 0; j < message.deviceUpdateMsg.length; ++j)
                    object.deviceUpdateMsg[j] = $root.edge.DeviceUpdateMsg.toObject(message.deviceUpdateMsg[j], options, _depth + 1);
            }
            if (message.deviceProfileUpdateMsg && message.deviceProfileUpdateMsg.length) {
                object.deviceProfileUpdateMsg = $Array(message.deviceProfileUpdateMsg.length);
                for (let j = 0; j < message.deviceProfileUpdateMsg.length; ++j)
                    object.deviceProfileUpdateMsg[j] = $root.edge.DeviceProfileUpdateMsg.toObject(message.deviceProfileUpdateMsg[j], options, _depth + 1);
            }
            if (message.deviceCredentialsUpdateMsg && message.deviceCredentialsUpdateMsg.length) {
                object.deviceCredentialsUpdateMsg = $Array(message.deviceCredentialsUpdateMsg.length);
                for (let j = 0; j < message.deviceCredentialsUpdateMsg.length; ++j)
                    object.deviceCredentialsUpdateMsg[j] = $root.edge.DeviceCredentialsUpdateMsg.toObject(message.deviceCredentialsUpdateMsg[j], options, _depth + 1);
            }
            if (message.deviceRpcCallMsg && message.deviceRpcCallMsg.length) {
                object.deviceRpcCallMsg = $Array(message.deviceRpcCallMsg.length);
                for (let j = 0; j < message.deviceRpcCallMsg.length; ++j)
                    object.deviceRpcCallMsg[j] = $root.edge.DeviceRpcCallMsg.toObject(message.deviceRpcCallMsg[j], options, _depth + 1);
            }
            if (message.otaPackageUpdateMsg && message.otaPackageUpdateMsg.length) {
                object.otaPackageUpdateMsg = $Array(message.otaPackageUpdateMsg.length);
                for (let j = 0; j < message.otaPackageUpdateMsg.length; ++j)
                    object.otaPackageUpdateMsg[j] = $root.edge.OtaPackageUpdateMsg.toObject(message.otaPackageUpdateMsg[j], options, _depth + 1);
            }
            if (message.edgeConfiguration != null && $Object.hasOwnProperty.call(message, "edgeConfiguration"))
                object.edgeConfiguration = $root.edge.EdgeConfiguration.toObject(message.edgeConfiguration, options, _depth + 1);
            if (message.tenantUpdateMsg && message.tenantUpdateMsg.length) {
                object.tenantUpdateMsg = $Array(message.tenantUpdateMsg.length);
                for (let j = 0; j < message.tenantUpdateMsg.length; ++j)
                    object.tenantUpdateMsg[j] = $root.edge.TenantUpdateMsg.toObject(message.tenantUpdateMsg[j], options, _depth + 1);
            }
            if (message.tenantProfileUpdateMsg && message.tenantProfileUpdateMsg.length) {
                object.tenantProfileUpdateMsg = $Array(message.tenantProfileUpdateMsg.length);
                for (let j = 0; j < message.tenantProfileUpdateMsg.length; ++j)
                    object.tenantProfileUpdateMsg[j] = $root.edge.TenantProfileUpdateMsg.toObject(message.tenantProfileUpdateMsg[j], options, _depth + 1);
            }
            if (message.resourceUpdateMsg && message.resourceUpdateMsg.length) {
                object.resourceUpdateMsg = $Array(message.resourceUpdateMsg.length);
                for (let j = 0; j < message.resourceUpdateMsg.length; ++j)
                    object.resourceUpdateMsg[j] = $root.edge.ResourceUpdateMsg.toObject(message.resourceUpdateMsg[j], options, _depth + 1);
            }
            return object;
        };

        DownlinkMsg.prototype.toJSON = function() {
            return DownlinkMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        DownlinkMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.DownlinkMsg";
        };

        return DownlinkMsg;
    })();

    edge.DownlinkResponseMsg = (function() {

        const DownlinkResponseMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        DownlinkResponseMsg.prototype.success = false;
        DownlinkResponseMsg.prototype.errorMsg = "";
        DownlinkResponseMsg.prototype.downlinkMsgId = 0;

        DownlinkResponseMsg.create = function(properties) {
            return new DownlinkResponseMsg(properties);
        };

        DownlinkResponseMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                writer.uint32(8).bool(message.success);
            if (message.errorMsg != null && $Object.hasOwnProperty.call(message, "errorMsg") && message.errorMsg !== "")
                writer.uint32(18).string(message.errorMsg);
            if (message.downlinkMsgId != null && $Object.hasOwnProperty.call(message, "downlinkMsgId") && message.downlinkMsgId !== 0)
                writer.uint32(24).int32(message.downlinkMsgId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        DownlinkResponseMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.DownlinkResponseMsg();
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
                            message.success = value;
                        else
                            delete message.success;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.errorMsg = value;
                        else
                            delete message.errorMsg;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.downlinkMsgId = value;
                        else
                            delete message.downlinkMsgId;
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

        DownlinkResponseMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.DownlinkResponseMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.DownlinkResponseMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.DownlinkResponseMsg();
            if (object.success != null)
                if (object.success)
                    message.success = $Boolean(object.success);
            if (object.errorMsg != null)
                if (typeof object.errorMsg !== "string" || object.errorMsg.length)
                    message.errorMsg = $String(object.errorMsg);
            if (object.downlinkMsgId != null)
                if ($Number(object.downlinkMsgId) !== 0)
                    message.downlinkMsgId = object.downlinkMsgId | 0;
            return message;
        };

        DownlinkResponseMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.success = false;
                object.errorMsg = "";
                object.downlinkMsgId = 0;
            }
            if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                object.success = message.success;
            if (message.errorMsg != null && $Object.hasOwnProperty.call(message, "errorMsg"))
                object.errorMsg = message.errorMsg;
            if (message.downlinkMsgId != null && $Object.hasOwnProperty.call(message, "downlinkMsgId"))
                object.downlinkMsgId = message.downlinkMsgId;
            return object;
        };

        DownlinkResponseMsg.prototype.toJSON = function() {
            return DownlinkResponseMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        DownlinkResponseMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.DownlinkResponseMsg";
        };

        return DownlinkResponseMsg;
    })();

    edge.DeviceUpdateMsg = (function() {

        const DeviceUpdateMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        DeviceUpdateMsg.prototype.msgType = 0;
        DeviceUpdateMsg.prototype.idMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceUpdateMsg.prototype.idLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceUpdateMsg.prototype.entity = "";

        DeviceUpdateMsg.create = function(properties) {
            return new DeviceUpdateMsg(properties);
        };

        DeviceUpdateMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType") && message.msgType !== 0)
                writer.uint32(8).int32(message.msgType);
            if (message.idMSB != null && $Object.hasOwnProperty.call(message, "idMSB") && (typeof message.idMSB === "object" ? message.idMSB.low || message.idMSB.high : message.idMSB !== 0))
                writer.uint32(16).int64(message.idMSB);
            if (message.idLSB != null && $Object.hasOwnProperty.call(message, "idLSB") && (typeof message.idLSB === "object" ? message.idLSB.low || message.idLSB.high : message.idLSB !== 0))
                writer.uint32(24).int64(message.idLSB);
            if (message.entity != null && $Object.hasOwnProperty.call(message, "entity") && message.entity !== "")
                writer.uint32(146).string(message.entity);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        DeviceUpdateMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.DeviceUpdateMsg();
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
                            message.msgType = value;
                        else
                            delete message.msgType;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.idMSB = value;
                        else
                            delete message.idMSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.idLSB = value;
                        else
                            delete message.idLSB;
                        continue;
                    }
                case 18: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.entity = value;
                        else
                            delete message.entity;
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

        DeviceUpdateMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.DeviceUpdateMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.DeviceUpdateMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.DeviceUpdateMsg();
            if (object.msgType !== 0 && (typeof object.msgType !== "string" || $root.edge.UpdateMsgType[object.msgType] !== 0))
                switch (object.msgType) {
                case "ENTITY_CREATED_RPC_MESSAGE":
                case 0:
                    message.msgType = 0;
                    break;
                case "ENTITY_UPDATED_RPC_MESSAGE":
                case 1:
                    message.msgType = 1;
                    break;
                case "ENTITY_DELETED_RPC_MESSAGE":
                case 2:
                    message.msgType = 2;
                    break;
                case "ALARM_ACK_RPC_MESSAGE":
                case 3:
                    message.msgType = 3;
                    break;
                case "ALARM_CLEAR_RPC_MESSAGE":
                case 4:
                    message.msgType = 4;
                    break;
                default:
                    if (typeof object.msgType === "number" && (object.msgType | 0) === object.msgType)
                        message.msgType = object.msgType;
                }
            if (object.idMSB != null)
                if (typeof object.idMSB === "object" ? object.idMSB.low || object.idMSB.high : $Number(object.idMSB) !== 0)
                    if ($util.Long)
                        message.idMSB = $util.Long.fromValue(object.idMSB, false);
                    else if (typeof object.idMSB === "string")
                        message.idMSB = $parseInt(object.idMSB, 10);
                    else if (typeof object.idMSB === "number")
                        message.idMSB = object.idMSB;
                    else if (typeof object.idMSB === "object")
                        message.idMSB = new $util.LongBits(object.idMSB.low >>> 0, object.idMSB.high >>> 0).toNumber();
            if (object.idLSB != null)
                if (typeof object.idLSB === "object" ? object.idLSB.low || object.idLSB.high : $Number(object.idLSB) !== 0)
                    if ($util.Long)
                        message.idLSB = $util.Long.fromValue(object.idLSB, false);
                    else if (typeof object.idLSB === "string")
                        message.idLSB = $parseInt(object.idLSB, 10);
                    else if (typeof object.idLSB === "number")
                        message.idLSB = object.idLSB;
                    else if (typeof object.idLSB === "object")
                        message.idLSB = new $util.LongBits(object.idLSB.low >>> 0, object.idLSB.high >>> 0).toNumber();
            if (object.entity != null)
                if (typeof object.entity !== "string" || object.entity.length)
                    message.entity = $String(object.entity);
            return message;
        };

        DeviceUpdateMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.msgType = options.enums === $String ? "ENTITY_CREATED_RPC_MESSAGE" : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.idMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.idMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.idLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.idLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.entity = "";
            }
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType"))
                object.msgType = options.enums === $String ? $root.edge.UpdateMsgType[message.msgType] === $undefined ? message.msgType : $root.edge.UpdateMsgType[message.msgType] : message.msgType;
            if (message.idMSB != null && $Object.hasOwnProperty.call(message, "idMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.idMSB = typeof message.idMSB === "number" ? $BigInt(message.idMSB) : $util.Long.fromBits(message.idMSB.low >>> 0, message.idMSB.high >>> 0, false).toBigInt();
                else if (typeof message.idMSB === "number")
                    object.idMSB = options.longs === $String ? $String(message.idMSB) : message.idMSB;
                else
                    object.idMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.idMSB) : options.longs === $Number ? new $util.LongBits(message.idMSB.low >>> 0, message.idMSB.high >>> 0).toNumber() : message.idMSB;
            if (message.idLSB != null && $Object.hasOwnProperty.call(message, "idLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.idLSB = typeof message.idLSB === "number" ? $BigInt(message.idLSB) : $util.Long.fromBits(message.idLSB.low >>> 0, message.idLSB.high >>> 0, false).toBigInt();
                else if (typeof message.idLSB === "number")
                    object.idLSB = options.longs === $String ? $String(message.idLSB) : message.idLSB;
                else
                    object.idLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.idLSB) : options.longs === $Number ? new $util.LongBits(message.idLSB.low >>> 0, message.idLSB.high >>> 0).toNumber() : message.idLSB;
            if (message.entity != null && $Object.hasOwnProperty.call(message, "entity"))
                object.entity = message.entity;
            return object;
        };

        DeviceUpdateMsg.prototype.toJSON = function() {
            return DeviceUpdateMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        DeviceUpdateMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.DeviceUpdateMsg";
        };

        return DeviceUpdateMsg;
    })();

    edge.DeviceProfileUpdateMsg = (function() {

        const DeviceProfileUpdateMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        DeviceProfileUpdateMsg.prototype.msgType = 0;
        DeviceProfileUpdateMsg.prototype.idMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceProfileUpdateMsg.prototype.idLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceProfileUpdateMsg.prototype.entity = "";

        DeviceProfileUpdateMsg.create = function(properties) {
            return new DeviceProfileUpdateMsg(properties);
        };

        DeviceProfileUpdateMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType") && message.msgType !== 0)
                writer.uint32(8).int32(message.msgType);
            if (message.idMSB != null && $Object.hasOwnProperty.call(message, "idMSB") && (typeof message.idMSB === "object" ? message.idMSB.low || message.idMSB.high : message.idMSB !== 0))
                writer.uint32(16).int64(message.idMSB);
            if (message.idLSB != null && $Object.hasOwnProperty.call(message, "idLSB") && (typeof message.idLSB === "object" ? message.idLSB.low || message.idLSB.high : message.idLSB !== 0))
                writer.uint32(24).int64(message.idLSB);
            if (message.entity != null && $Object.hasOwnProperty.call(message, "entity") && message.entity !== "")
                writer.uint32(178).string(message.entity);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        DeviceProfileUpdateMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.DeviceProfileUpdateMsg();
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
                            message.msgType = value;
                        else
                            delete message.msgType;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.idMSB = value;
                        else
                            delete message.idMSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.idLSB = value;
                        else
                            delete message.idLSB;
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.entity = value;
                        else
                            delete message.entity;
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

        DeviceProfileUpdateMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.DeviceProfileUpdateMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.DeviceProfileUpdateMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.DeviceProfileUpdateMsg();
            if (object.msgType !== 0 && (typeof object.msgType !== "string" || $root.edge.UpdateMsgType[object.msgType] !== 0))
                switch (object.msgType) {
                case "ENTITY_CREATED_RPC_MESSAGE":
                case 0:
                    message.msgType = 0;
                    break;
                case "ENTITY_UPDATED_RPC_MESSAGE":
                case 1:
                    message.msgType = 1;
                    break;
                case "ENTITY_DELETED_RPC_MESSAGE":
                case 2:
                    message.msgType = 2;
                    break;
                case "ALARM_ACK_RPC_MESSAGE":
                case 3:
                    message.msgType = 3;
                    break;
                case "ALARM_CLEAR_RPC_MESSAGE":
                case 4:
                    message.msgType = 4;
                    break;
                default:
                    if (typeof object.msgType === "number" && (object.msgType | 0) === object.msgType)
                        message.msgType = object.msgType;
                }
            if (object.idMSB != null)
                if (typeof object.idMSB === "object" ? object.idMSB.low || object.idMSB.high : $Number(object.idMSB) !== 0)
                    if ($util.Long)
                        message.idMSB = $util.Long.fromValue(object.idMSB, false);
                    else if (typeof object.idMSB === "string")
                        message.idMSB = $parseInt(object.idMSB, 10);
                    else if (typeof object.idMSB === "number")
                        message.idMSB = object.idMSB;
                    else if (typeof object.idMSB === "object")
                        message.idMSB = new $util.LongBits(object.idMSB.low >>> 0, object.idMSB.high >>> 0).toNumber();
            if (object.idLSB != null)
                if (typeof object.idLSB === "object" ? object.idLSB.low || object.idLSB.high : $Number(object.idLSB) !== 0)
                    if ($util.Long)
                        message.idLSB = $util.Long.fromValue(object.idLSB, false);
                    else if (typeof object.idLSB === "string")
                        message.idLSB = $parseInt(object.idLSB, 10);
                    else if (typeof object.idLSB === "number")
                        message.idLSB = object.idLSB;
                    else if (typeof object.idLSB === "object")
                        message.idLSB = new $util.LongBits(object.idLSB.low >>> 0, object.idLSB.high >>> 0).toNumber();
            if (object.entity != null)
                if (typeof object.entity !== "string" || object.entity.length)
                    message.entity = $String(object.entity);
            return message;
        };

        DeviceProfileUpdateMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.msgType = options.enums === $String ? "ENTITY_CREATED_RPC_MESSAGE" : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.idMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.idMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.idLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.idLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.entity = "";
            }
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType"))
                object.msgType = options.enums === $String ? $root.edge.UpdateMsgType[message.msgType] === $undefined ? message.msgType : $root.edge.UpdateMsgType[message.msgType] : message.msgType;
            if (message.idMSB != null && $Object.hasOwnProperty.call(message, "idMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.idMSB = typeof message.idMSB === "number" ? $BigInt(message.idMSB) : $util.Long.fromBits(message.idMSB.low >>> 0, message.idMSB.high >>> 0, false).toBigInt();
                else if (typeof message.idMSB === "number")
                    object.idMSB = options.longs === $String ? $String(message.idMSB) : message.idMSB;
                else
                    object.idMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.idMSB) : options.longs === $Number ? new $util.LongBits(message.idMSB.low >>> 0, message.idMSB.high >>> 0).toNumber() : message.idMSB;
            if (message.idLSB != null && $Object.hasOwnProperty.call(message, "idLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.idLSB = typeof message.idLSB === "number" ? $BigInt(message.idLSB) : $util.Long.fromBits(message.idLSB.low >>> 0, message.idLSB.high >>> 0, false).toBigInt();
                else if (typeof message.idLSB === "number")
                    object.idLSB = options.longs === $String ? $String(message.idLSB) : message.idLSB;
                else
                    object.idLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.idLSB) : options.longs === $Number ? new $util.LongBits(message.idLSB.low >>> 0, message.idLSB.high >>> 0).toNumber() : message.idLSB;
            if (message.entity != null && $Object.hasOwnProperty.call(message, "entity"))
                object.entity = message.entity;
            return object;
        };

        DeviceProfileUpdateMsg.prototype.toJSON = function() {
            return DeviceProfileUpdateMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        DeviceProfileUpdateMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.DeviceProfileUpdateMsg";
        };

        return DeviceProfileUpdateMsg;
    })();

    edge.DeviceCredentialsUpdateMsg = (function() {

        const DeviceCredentialsUpdateMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        DeviceCredentialsUpdateMsg.prototype.entity = "";

        DeviceCredentialsUpdateMsg.create = function(properties) {
            return new DeviceCredentialsUpdateMsg(properties);
        };

        DeviceCredentialsUpdateMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.entity != null && $Object.hasOwnProperty.call(message, "entity") && message.entity !== "")
                writer.uint32(50).string(message.entity);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        DeviceCredentialsUpdateMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.DeviceCredentialsUpdateMsg();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 6: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.entity = value;
                        else
                            delete message.entity;
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

        DeviceCredentialsUpdateMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.DeviceCredentialsUpdateMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.DeviceCredentialsUpdateMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.DeviceCredentialsUpdateMsg();
            if (object.entity != null)
                if (typeof object.entity !== "string" || object.entity.length)
                    message.entity = $String(object.entity);
            return message;
        };

        DeviceCredentialsUpdateMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults)
                object.entity = "";
            if (message.entity != null && $Object.hasOwnProperty.call(message, "entity"))
                object.entity = message.entity;
            return object;
        };

        DeviceCredentialsUpdateMsg.prototype.toJSON = function() {
            return DeviceCredentialsUpdateMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        DeviceCredentialsUpdateMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.DeviceCredentialsUpdateMsg";
        };

        return DeviceCredentialsUpdateMsg;
    })();

    edge.OtaPackageUpdateMsg = (function() {

        const OtaPackageUpdateMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        OtaPackageUpdateMsg.prototype.msgType = 0;
        OtaPackageUpdateMsg.prototype.idMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        OtaPackageUpdateMsg.prototype.idLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        OtaPackageUpdateMsg.prototype.entity = "";

        OtaPackageUpdateMsg.create = function(properties) {
            return new OtaPackageUpdateMsg(properties);
        };

        OtaPackageUpdateMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType") && message.msgType !== 0)
                writer.uint32(8).int32(message.msgType);
            if (message.idMSB != null && $Object.hasOwnProperty.call(message, "idMSB") && (typeof message.idMSB === "object" ? message.idMSB.low || message.idMSB.high : message.idMSB !== 0))
                writer.uint32(16).int64(message.idMSB);
            if (message.idLSB != null && $Object.hasOwnProperty.call(message, "idLSB") && (typeof message.idLSB === "object" ? message.idLSB.low || message.idLSB.high : message.idLSB !== 0))
                writer.uint32(24).int64(message.idLSB);
            if (message.entity != null && $Object.hasOwnProperty.call(message, "entity") && message.entity !== "")
                writer.uint32(146).string(message.entity);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        OtaPackageUpdateMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.OtaPackageUpdateMsg();
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
                            message.msgType = value;
                        else
                            delete message.msgType;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.idMSB = value;
                        else
                            delete message.idMSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.idLSB = value;
                        else
                            delete message.idLSB;
                        continue;
                    }
                case 18: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.entity = value;
                        else
                            delete message.entity;
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

        OtaPackageUpdateMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.OtaPackageUpdateMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.OtaPackageUpdateMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.OtaPackageUpdateMsg();
            if (object.msgType !== 0 && (typeof object.msgType !== "string" || $root.edge.UpdateMsgType[object.msgType] !== 0))
                switch (object.msgType) {
                case "ENTITY_CREATED_RPC_MESSAGE":
                case 0:
                    message.msgType = 0;
                    break;
                case "ENTITY_UPDATED_RPC_MESSAGE":
                case 1:
                    message.msgType = 1;
                    break;
                case "ENTITY_DELETED_RPC_MESSAGE":
                case 2:
                    message.msgType = 2;
                    break;
                case "ALARM_ACK_RPC_MESSAGE":
                case 3:
                    message.msgType = 3;
                    break;
                case "ALARM_CLEAR_RPC_MESSAGE":
                case 4:
                    message.msgType = 4;
                    break;
                default:
                    if (typeof object.msgType === "number" && (object.msgType | 0) === object.msgType)
                        message.msgType = object.msgType;
                }
            if (object.idMSB != null)
                if (typeof object.idMSB === "object" ? object.idMSB.low || object.idMSB.high : $Number(object.idMSB) !== 0)
                    if ($util.Long)
                        message.idMSB = $util.Long.fromValue(object.idMSB, false);
                    else if (typeof object.idMSB === "string")
                        message.idMSB = $parseInt(object.idMSB, 10);
                    else if (typeof object.idMSB === "number")
                        message.idMSB = object.idMSB;
                    else if (typeof object.idMSB === "object")
                        message.idMSB = new $util.LongBits(object.idMSB.low >>> 0, object.idMSB.high >>> 0).toNumber();
            if (object.idLSB != null)
                if (typeof object.idLSB === "object" ? object.idLSB.low || object.idLSB.high : $Number(object.idLSB) !== 0)
                    if ($util.Long)
                        message.idLSB = $util.Long.fromValue(object.idLSB, false);
                    else if (typeof object.idLSB === "string")
                        message.idLSB = $parseInt(object.idLSB, 10);
                    else if (typeof object.idLSB === "number")
                        message.idLSB = object.idLSB;
                    else if (typeof object.idLSB === "object")
                        message.idLSB = new $util.LongBits(object.idLSB.low >>> 0, object.idLSB.high >>> 0).toNumber();
            if (object.entity != null)
                if (typeof object.entity !== "string" || object.entity.length)
                    message.entity = $String(object.entity);
            return message;
        };

        OtaPackageUpdateMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.msgType = options.enums === $String ? "ENTITY_CREATED_RPC_MESSAGE" : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.idMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.idMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.idLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.idLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.entity = "";
            }
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType"))
                object.msgType = options.enums === $String ? $root.edge.UpdateMsgType[message.msgType] === $undefined ? message.msgType : $root.edge.UpdateMsgType[message.msgType] : message.msgType;
            if (message.idMSB != null && $Object.hasOwnProperty.call(message, "idMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.idMSB = typeof message.idMSB === "number" ? $BigInt(message.idMSB) : $util.Long.fromBits(message.idMSB.low >>> 0, message.idMSB.high >>> 0, false).toBigInt();
                else if (typeof message.idMSB === "number")
                    object.idMSB = options.longs === $String ? $String(message.idMSB) : message.idMSB;
                else
                    object.idMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.idMSB) : options.longs === $Number ? new $util.LongBits(message.idMSB.low >>> 0, message.idMSB.high >>> 0).toNumber() : message.idMSB;
            if (message.idLSB != null && $Object.hasOwnProperty.call(message, "idLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.idLSB = typeof message.idLSB === "number" ? $BigInt(message.idLSB) : $util.Long.fromBits(message.idLSB.low >>> 0, message.idLSB.high >>> 0, false).toBigInt();
                else if (typeof message.idLSB === "number")
                    object.idLSB = options.longs === $String ? $String(message.idLSB) : message.idLSB;
                else
                    object.idLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.idLSB) : options.longs === $Number ? new $util.LongBits(message.idLSB.low >>> 0, message.idLSB.high >>> 0).toNumber() : message.idLSB;
            if (message.entity != null && $Object.hasOwnProperty.call(message, "entity"))
                object.entity = message.entity;
            return object;
        };

        OtaPackageUpdateMsg.prototype.toJSON = function() {
            return OtaPackageUpdateMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        OtaPackageUpdateMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.OtaPackageUpdateMsg";
        };

        return OtaPackageUpdateMsg;
    })();

    edge.ResourceUpdateMsg = (function() {

        const ResourceUpdateMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        ResourceUpdateMsg.prototype.msgType = 0;
        ResourceUpdateMsg.prototype.idMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ResourceUpdateMsg.prototype.idLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        ResourceUpdateMsg.prototype.entity = "";

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
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType") && message.msgType !== 0)
                writer.uint32(8).int32(message.msgType);
            if (message.idMSB != null && $Object.hasOwnProperty.call(message, "idMSB") && (typeof message.idMSB === "object" ? message.idMSB.low || message.idMSB.high : message.idMSB !== 0))
                writer.uint32(16).int64(message.idMSB);
            if (message.idLSB != null && $Object.hasOwnProperty.call(message, "idLSB") && (typeof message.idLSB === "object" ? message.idLSB.low || message.idLSB.high : message.idLSB !== 0))
                writer.uint32(24).int64(message.idLSB);
            if (message.entity != null && $Object.hasOwnProperty.call(message, "entity") && message.entity !== "")
                writer.uint32(90).string(message.entity);
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
            message = _target || new $root.edge.ResourceUpdateMsg();
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
                            message.msgType = value;
                        else
                            delete message.msgType;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.idMSB = value;
                        else
                            delete message.idMSB;
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.idLSB = value;
                        else
                            delete message.idLSB;
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.entity = value;
                        else
                            delete message.entity;
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
            if (object instanceof $root.edge.ResourceUpdateMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.ResourceUpdateMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.ResourceUpdateMsg();
            if (object.msgType !== 0 && (typeof object.msgType !== "string" || $root.edge.UpdateMsgType[object.msgType] !== 0))
                switch (object.msgType) {
                case "ENTITY_CREATED_RPC_MESSAGE":
                case 0:
                    message.msgType = 0;
                    break;
                case "ENTITY_UPDATED_RPC_MESSAGE":
                case 1:
                    message.msgType = 1;
                    break;
                case "ENTITY_DELETED_RPC_MESSAGE":
                case 2:
                    message.msgType = 2;
                    break;
                case "ALARM_ACK_RPC_MESSAGE":
                case 3:
                    message.msgType = 3;
                    break;
                case "ALARM_CLEAR_RPC_MESSAGE":
                case 4:
                    message.msgType = 4;
                    break;
                default:
                    if (typeof object.msgType === "number" && (object.msgType | 0) === object.msgType)
                        message.msgType = object.msgType;
                }
            if (object.idMSB != null)
                if (typeof object.idMSB === "object" ? object.idMSB.low || object.idMSB.high : $Number(object.idMSB) !== 0)
                    if ($util.Long)
                        message.idMSB = $util.Long.fromValue(object.idMSB, false);
                    else if (typeof object.idMSB === "string")
                        message.idMSB = $parseInt(object.idMSB, 10);
                    else if (typeof object.idMSB === "number")
                        message.idMSB = object.idMSB;
                    else if (typeof object.idMSB === "object")
                        message.idMSB = new $util.LongBits(object.idMSB.low >>> 0, object.idMSB.high >>> 0).toNumber();
            if (object.idLSB != null)
                if (typeof object.idLSB === "object" ? object.idLSB.low || object.idLSB.high : $Number(object.idLSB) !== 0)
                    if ($util.Long)
                        message.idLSB = $util.Long.fromValue(object.idLSB, false);
                    else if (typeof object.idLSB === "string")
                        message.idLSB = $parseInt(object.idLSB, 10);
                    else if (typeof object.idLSB === "number")
                        message.idLSB = object.idLSB;
                    else if (typeof object.idLSB === "object")
                        message.idLSB = new $util.LongBits(object.idLSB.low >>> 0, object.idLSB.high >>> 0).toNumber();
            if (object.entity != null)
                if (typeof object.entity !== "string" || object.entity.length)
                    message.entity = $String(object.entity);
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
                object.msgType = options.enums === $String ? "ENTITY_CREATED_RPC_MESSAGE" : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.idMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.idMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.idLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.idLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.entity = "";
            }
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType"))
                object.msgType = options.enums === $String ? $root.edge.UpdateMsgType[message.msgType] === $undefined ? message.msgType : $root.edge.UpdateMsgType[message.msgType] : message.msgType;
            if (message.idMSB != null && $Object.hasOwnProperty.call(message, "idMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.idMSB = typeof message.idMSB === "number" ? $BigInt(message.idMSB) : $util.Long.fromBits(message.idMSB.low >>> 0, message.idMSB.high >>> 0, false).toBigInt();
                else if (typeof message.idMSB === "number")
                    object.idMSB = options.longs === $String ? $String(message.idMSB) : message.idMSB;
                else
                    object.idMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.idMSB) : options.longs === $Number ? new $util.LongBits(message.idMSB.low >>> 0, message.idMSB.high >>> 0).toNumber() : message.idMSB;
            if (message.idLSB != null && $Object.hasOwnProperty.call(message, "idLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.idLSB = typeof message.idLSB === "number" ? $BigInt(message.idLSB) : $util.Long.fromBits(message.idLSB.low >>> 0, message.idLSB.high >>> 0, false).toBigInt();
                else if (typeof message.idLSB === "number")
                    object.idLSB = options.longs === $String ? $String(message.idLSB) : message.idLSB;
                else
                    object.idLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.idLSB) : options.longs === $Number ? new $util.LongBits(message.idLSB.low >>> 0, message.idLSB.high >>> 0).toNumber() : message.idLSB;
            if (message.entity != null && $Object.hasOwnProperty.call(message, "entity"))
                object.entity = message.entity;
            return object;
        };

        ResourceUpdateMsg.prototype.toJSON = function() {
            return ResourceUpdateMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        ResourceUpdateMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.ResourceUpdateMsg";
        };

        return ResourceUpdateMsg;
    })();

    edge.TenantUpdateMsg = (function() {

        const TenantUpdateMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TenantUpdateMsg.prototype.msgType = 0;
        TenantUpdateMsg.prototype.entity = "";

        TenantUpdateMsg.create = function(properties) {
            return new TenantUpdateMsg(properties);
        };

        TenantUpdateMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType") && message.msgType !== 0)
                writer.uint32(8).int32(message.msgType);
            if (message.entity != null && $Object.hasOwnProperty.call(message, "entity") && message.entity !== "")
                writer.uint32(138).string(message.entity);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TenantUpdateMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.TenantUpdateMsg();
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
                            message.msgType = value;
                        else
                            delete message.msgType;
                        continue;
                    }
                case 17: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.entity = value;
                        else
                            delete message.entity;
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

        TenantUpdateMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.TenantUpdateMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.TenantUpdateMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.TenantUpdateMsg();
            if (object.msgType !== 0 && (typeof object.msgType !== "string" || $root.edge.UpdateMsgType[object.msgType] !== 0))
                switch (object.msgType) {
                case "ENTITY_CREATED_RPC_MESSAGE":
                case 0:
                    message.msgType = 0;
                    break;
                case "ENTITY_UPDATED_RPC_MESSAGE":
                case 1:
                    message.msgType = 1;
                    break;
                case "ENTITY_DELETED_RPC_MESSAGE":
                case 2:
                    message.msgType = 2;
                    break;
                case "ALARM_ACK_RPC_MESSAGE":
                case 3:
                    message.msgType = 3;
                    break;
                case "ALARM_CLEAR_RPC_MESSAGE":
                case 4:
                    message.msgType = 4;
                    break;
                default:
                    if (typeof object.msgType === "number" && (object.msgType | 0) === object.msgType)
                        message.msgType = object.msgType;
                }
            if (object.entity != null)
                if (typeof object.entity !== "string" || object.entity.length)
                    message.entity = $String(object.entity);
            return message;
        };

        TenantUpdateMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.msgType = options.enums === $String ? "ENTITY_CREATED_RPC_MESSAGE" : 0;
                object.entity = "";
            }
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType"))
                object.msgType = options.enums === $String ? $root.edge.UpdateMsgType[message.msgType] === $undefined ? message.msgType : $root.edge.UpdateMsgType[message.msgType] : message.msgType;
            if (message.entity != null && $Object.hasOwnProperty.call(message, "entity"))
                object.entity = message.entity;
            return object;
        };

        TenantUpdateMsg.prototype.toJSON = function() {
            return TenantUpdateMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        TenantUpdateMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.TenantUpdateMsg";
        };

        return TenantUpdateMsg;
    })();

    edge.TenantProfileUpdateMsg = (function() {

        const TenantProfileUpdateMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        TenantProfileUpdateMsg.prototype.msgType = 0;
        TenantProfileUpdateMsg.prototype.entity = "";

        TenantProfileUpdateMsg.create = function(properties) {
            return new TenantProfileUpdateMsg(properties);
        };

        TenantProfileUpdateMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType") && message.msgType !== 0)
                writer.uint32(8).int32(message.msgType);
            if (message.entity != null && $Object.hasOwnProperty.call(message, "entity") && message.entity !== "")
                writer.uint32(74).string(message.entity);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        TenantProfileUpdateMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.TenantProfileUpdateMsg();
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
                            message.msgType = value;
                        else
                            delete message.msgType;
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.entity = value;
                        else
                            delete message.entity;
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

        TenantProfileUpdateMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.TenantProfileUpdateMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.TenantProfileUpdateMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.TenantProfileUpdateMsg();
            if (object.msgType !== 0 && (typeof object.msgType !== "string" || $root.edge.UpdateMsgType[object.msgType] !== 0))
                switch (object.msgType) {
                case "ENTITY_CREATED_RPC_MESSAGE":
                case 0:
                    message.msgType = 0;
                    break;
                case "ENTITY_UPDATED_RPC_MESSAGE":
                case 1:
                    message.msgType = 1;
                    break;
                case "ENTITY_DELETED_RPC_MESSAGE":
                case 2:
                    message.msgType = 2;
                    break;
                case "ALARM_ACK_RPC_MESSAGE":
                case 3:
                    message.msgType = 3;
                    break;
                case "ALARM_CLEAR_RPC_MESSAGE":
                case 4:
                    message.msgType = 4;
                    break;
                default:
                    if (typeof object.msgType === "number" && (object.msgType | 0) === object.msgType)
                        message.msgType = object.msgType;
                }
            if (object.entity != null)
                if (typeof object.entity !== "string" || object.entity.length)
                    message.entity = $String(object.entity);
            return message;
        };

        TenantProfileUpdateMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.msgType = options.enums === $String ? "ENTITY_CREATED_RPC_MESSAGE" : 0;
                object.entity = "";
            }
            if (message.msgType != null && $Object.hasOwnProperty.call(message, "msgType"))
                object.msgType = options.enums === $String ? $root.edge.UpdateMsgType[message.msgType] === $undefined ? message.msgType : $root.edge.UpdateMsgType[message.msgType] : message.msgType;
            if (message.entity != null && $Object.hasOwnProperty.call(message, "entity"))
                object.entity = message.entity;
            return object;
        };

        TenantProfileUpdateMsg.prototype.toJSON = function() {
            return TenantProfileUpdateMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        TenantProfileUpdateMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.TenantProfileUpdateMsg";
        };

        return TenantProfileUpdateMsg;
    })();

    edge.EntityDataProto = (function() {

        const EntityDataProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        EntityDataProto.prototype.entityIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        EntityDataProto.prototype.entityIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        EntityDataProto.prototype.entityType = "";
        EntityDataProto.prototype.postTelemetryMsg = null;
        EntityDataProto.prototype.postAttributesMsg = null;
        EntityDataProto.prototype.attributesUpdatedMsg = null;
        EntityDataProto.prototype.postAttributeScope = "";
        EntityDataProto.prototype.attributeDeleteMsg = null;
        EntityDataProto.prototype.attributeTs = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(EntityDataProto.prototype, "_attributeTs", {
            get: $util.oneOfGetter($oneOfFields = ["attributeTs"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        EntityDataProto.create = function(properties) {
            return new EntityDataProto(properties);
        };

        EntityDataProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.entityIdMSB != null && $Object.hasOwnProperty.call(message, "entityIdMSB") && (typeof message.entityIdMSB === "object" ? message.entityIdMSB.low || message.entityIdMSB.high : message.entityIdMSB !== 0))
                writer.uint32(8).int64(message.entityIdMSB);
            if (message.entityIdLSB != null && $Object.hasOwnProperty.call(message, "entityIdLSB") && (typeof message.entityIdLSB === "object" ? message.entityIdLSB.low || message.entityIdLSB.high : message.entityIdLSB !== 0))
                writer.uint32(16).int64(message.entityIdLSB);
            if (message.entityType != null && $Object.hasOwnProperty.call(message, "entityType") && message.entityType !== "")
                writer.uint32(26).string(message.entityType);
            if (message.postTelemetryMsg != null && $Object.hasOwnProperty.call(message, "postTelemetryMsg"))
                $root.transport.PostTelemetryMsg.encode(message.postTelemetryMsg, writer.uint32(34).fork(), _depth + 1).ldelim();
            if (message.postAttributesMsg != null && $Object.hasOwnProperty.call(message, "postAttributesMsg"))
                $root.transport.PostAttributeMsg.encode(message.postAttributesMsg, writer.uint32(42).fork(), _depth + 1).ldelim();
            if (message.attributesUpdatedMsg != null && $Object.hasOwnProperty.call(message, "attributesUpdatedMsg"))
                $root.transport.PostAttributeMsg.encode(message.attributesUpdatedMsg, writer.uint32(50).fork(), _depth + 1).ldelim();
            if (message.postAttributeScope != null && $Object.hasOwnProperty.call(message, "postAttributeScope") && message.postAttributeScope !== "")
                writer.uint32(58).string(message.postAttributeScope);
            if (message.attributeDeleteMsg != null && $Object.hasOwnProperty.call(message, "attributeDeleteMsg"))
                $root.edge.AttributeDeleteMsg.encode(message.attributeDeleteMsg, writer.uint32(66).fork(), _depth + 1).ldelim();
            if (message.attributeTs != null && $Object.hasOwnProperty.call(message, "attributeTs"))
                writer.uint32(72).int64(message.attributeTs);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        EntityDataProto.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.EntityDataProto();
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
                            message.entityIdMSB = value;
                        else
                            delete message.entityIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.entityIdLSB = value;
                        else
                            delete message.entityIdLSB;
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
                        if (wireType !== 2)
                            break;
                        message.postTelemetryMsg = $root.transport.PostTelemetryMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.postTelemetryMsg);
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.postAttributesMsg = $root.transport.PostAttributeMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.postAttributesMsg);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.attributesUpdatedMsg = $root.transport.PostAttributeMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.attributesUpdatedMsg);
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.postAttributeScope = value;
                        else
                            delete message.postAttributeScope;
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.attributeDeleteMsg = $root.edge.AttributeDeleteMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.attributeDeleteMsg);
                        continue;
                    }
                case 9: {
                        if (wireType !== 0)
                            break;
                        message.attributeTs = reader.int64();
                        message._attributeTs = "attributeTs";
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

        EntityDataProto.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.EntityDataProto)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.EntityDataProto: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.EntityDataProto();
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
            if (object.entityType != null)
                if (typeof object.entityType !== "string" || object.entityType.length)
                    message.entityType = $String(object.entityType);
            if (object.postTelemetryMsg != null) {
                if (!$util.isObject(object.postTelemetryMsg))
                    throw $TypeError(".edge.EntityDataProto.postTelemetryMsg: object expected");
                message.postTelemetryMsg = $root.transport.PostTelemetryMsg.fromObject(object.postTelemetryMsg, _depth + 1);
            }
            if (object.postAttributesMsg != null) {
                if (!$util.isObject(object.postAttributesMsg))
                    throw $TypeError(".edge.EntityDataProto.postAttributesMsg: object expected");
                message.postAttributesMsg = $root.transport.PostAttributeMsg.fromObject(object.postAttributesMsg, _depth + 1);
            }
            if (object.attributesUpdatedMsg != null) {
                if (!$util.isObject(object.attributesUpdatedMsg))
                    throw $TypeError(".edge.EntityDataProto.attributesUpdatedMsg: object expected");
                message.attributesUpdatedMsg = $root.transport.PostAttributeMsg.fromObject(object.attributesUpdatedMsg, _depth + 1);
            }
            if (object.postAttributeScope != null)
                if (typeof object.postAttributeScope !== "string" || object.postAttributeScope.length)
                    message.postAttributeScope = $String(object.postAttributeScope);
            if (object.attributeDeleteMsg != null) {
                if (!$util.isObject(object.attributeDeleteMsg))
                    throw $TypeError(".edge.EntityDataProto.attributeDeleteMsg: object expected");
                message.attributeDeleteMsg = $root.edge.AttributeDeleteMsg.fromObject(object.attributeDeleteMsg, _depth + 1);
            }
            if (object.attributeTs != null)
                if ($util.Long)
                    message.attributeTs = $util.Long.fromValue(object.attributeTs, false);
                else if (typeof object.attributeTs === "string")
                    message.attributeTs = $parseInt(object.attributeTs, 10);
                else if (typeof object.attributeTs === "number")
                    message.attributeTs = object.attributeTs;
                else if (typeof object.attributeTs === "object")
                    message.attributeTs = new $util.LongBits(object.attributeTs.low >>> 0, object.attributeTs.high >>> 0).toNumber();
            return message;
        };

        EntityDataProto.toObject = function (message, options, _depth) {
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
                    object.entityIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.entityIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.entityIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.entityIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.entityType = "";
                object.postTelemetryMsg = null;
                object.postAttributesMsg = null;
                object.attributesUpdatedMsg = null;
                object.postAttributeScope = "";
                object.attributeDeleteMsg = null;
            }
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
            if (message.entityType != null && $Object.hasOwnProperty.call(message, "entityType"))
                object.entityType = message.entityType;
            if (message.postTelemetryMsg != null && $Object.hasOwnProperty.call(message, "postTelemetryMsg"))
                object.postTelemetryMsg = $root.transport.PostTelemetryMsg.toObject(message.postTelemetryMsg, options, _depth + 1);
            if (message.postAttributesMsg != null && $Object.hasOwnProperty.call(message, "postAttributesMsg"))
                object.postAttributesMsg = $root.transport.PostAttributeMsg.toObject(message.postAttributesMsg, options, _depth + 1);
            if (message.attributesUpdatedMsg != null && $Object.hasOwnProperty.call(message, "attributesUpdatedMsg"))
                object.attributesUpdatedMsg = $root.transport.PostAttributeMsg.toObject(message.attributesUpdatedMsg, options, _depth + 1);
            if (message.postAttributeScope != null && $Object.hasOwnProperty.call(message, "postAttributeScope"))
                object.postAttributeScope = message.postAttributeScope;
            if (message.attributeDeleteMsg != null && $Object.hasOwnProperty.call(message, "attributeDeleteMsg"))
                object.attributeDeleteMsg = $root.edge.AttributeDeleteMsg.toObject(message.attributeDeleteMsg, options, _depth + 1);
            if (message.attributeTs != null && $Object.hasOwnProperty.call(message, "attributeTs"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.attributeTs = typeof message.attributeTs === "number" ? $BigInt(message.attributeTs) : $util.Long.fromBits(message.attributeTs.low >>> 0, message.attributeTs.high >>> 0, false).toBigInt();
                else if (typeof message.attributeTs === "number")
                    object.attributeTs = options.longs === $String ? $String(message.attributeTs) : message.attributeTs;
                else
                    object.attributeTs = options.longs === $String ? $util.Long.prototype.toString.call(message.attributeTs) : options.longs === $Number ? new $util.LongBits(message.attributeTs.low >>> 0, message.attributeTs.high >>> 0).toNumber() : message.attributeTs;
            return object;
        };

        EntityDataProto.prototype.toJSON = function() {
            return EntityDataProto.toObject(this, $protobuf.util.toJSONOptions);
        };

        EntityDataProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.EntityDataProto";
        };

        return EntityDataProto;
    })();

    edge.AttributeDeleteMsg = (function() {

        const AttributeDeleteMsg = function (properties) {
            this.attributeNames = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        AttributeDeleteMsg.prototype.scope = "";
        AttributeDeleteMsg.prototype.attributeNames = $util.emptyArray;

        AttributeDeleteMsg.create = function(properties) {
            return new AttributeDeleteMsg(properties);
        };

        AttributeDeleteMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.scope != null && $Object.hasOwnProperty.call(message, "scope") && message.scope !== "")
                writer.uint32(10).string(message.scope);
            if (message.attributeNames != null && message.attributeNames.length)
                for (let i = 0; i < message.attributeNames.length; ++i)
                    writer.uint32(18).string(message.attributeNames[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        AttributeDeleteMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.AttributeDeleteMsg();
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
                            message.scope = value;
                        else
                            delete message.scope;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.attributeNames && message.attributeNames.length))
                            message.attributeNames = [];
                        message.attributeNames.push(reader.stringVerify());
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

        AttributeDeleteMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.AttributeDeleteMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.AttributeDeleteMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.AttributeDeleteMsg();
            if (object.scope != null)
                if (typeof object.scope !== "string" || object.scope.length)
                    message.scope = $String(object.scope);
            if (object.attributeNames) {
                if (!$Array.isArray(object.attributeNames))
                    throw $TypeError(".edge.AttributeDeleteMsg.attributeNames: array expected");
                message.attributeNames = $Array(object.attributeNames.length);
                for (let i = 0; i < object.attributeNames.length; ++i)
                    message.attributeNames[i] = $String(object.attributeNames[i]);
            }
            return message;
        };

        AttributeDeleteMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.arrays || options.defaults)
                object.attributeNames = [];
            if (options.defaults)
                object.scope = "";
            if (message.scope != null && $Object.hasOwnProperty.call(message, "scope"))
                object.scope = message.scope;
            if (message.attributeNames && message.attributeNames.length) {
                object.attributeNames = $Array(message.attributeNames.length);
                for (let j = 0; j < message.attributeNames.length; ++j)
                    object.attributeNames[j] = message.attributeNames[j];
            }
            return object;
        };

        AttributeDeleteMsg.prototype.toJSON = function() {
            return AttributeDeleteMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        AttributeDeleteMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.AttributeDeleteMsg";
        };

        return AttributeDeleteMsg;
    })();

    edge.AttributesRequestMsg = (function() {

        const AttributesRequestMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        AttributesRequestMsg.prototype.entityIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        AttributesRequestMsg.prototype.entityIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        AttributesRequestMsg.prototype.entityType = "";
        AttributesRequestMsg.prototype.scope = "";

        AttributesRequestMsg.create = function(properties) {
            return new AttributesRequestMsg(properties);
        };

        AttributesRequestMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.entityIdMSB != null && $Object.hasOwnProperty.call(message, "entityIdMSB") && (typeof message.entityIdMSB === "object" ? message.entityIdMSB.low || message.entityIdMSB.high : message.entityIdMSB !== 0))
                writer.uint32(8).int64(message.entityIdMSB);
            if (message.entityIdLSB != null && $Object.hasOwnProperty.call(message, "entityIdLSB") && (typeof message.entityIdLSB === "object" ? message.entityIdLSB.low || message.entityIdLSB.high : message.entityIdLSB !== 0))
                writer.uint32(16).int64(message.entityIdLSB);
            if (message.entityType != null && $Object.hasOwnProperty.call(message, "entityType") && message.entityType !== "")
                writer.uint32(26).string(message.entityType);
            if (message.scope != null && $Object.hasOwnProperty.call(message, "scope") && message.scope !== "")
                writer.uint32(34).string(message.scope);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        AttributesRequestMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.AttributesRequestMsg();
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
                            message.entityIdMSB = value;
                        else
                            delete message.entityIdMSB;
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.entityIdLSB = value;
                        else
                            delete message.entityIdLSB;
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
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.scope = value;
                        else
                            delete message.scope;
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

        AttributesRequestMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.AttributesRequestMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.AttributesRequestMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.AttributesRequestMsg();
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
            if (object.entityType != null)
                if (typeof object.entityType !== "string" || object.entityType.length)
                    message.entityType = $String(object.entityType);
            if (object.scope != null)
                if (typeof object.scope !== "string" || object.scope.length)
                    message.scope = $String(object.scope);
            return message;
        };

        AttributesRequestMsg.toObject = function (message, options, _depth) {
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
                    object.entityIdMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.entityIdMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.entityIdLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.entityIdLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.entityType = "";
                object.scope = "";
            }
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
            if (message.entityType != null && $Object.hasOwnProperty.call(message, "entityType"))
                object.entityType = message.entityType;
            if (message.scope != null && $Object.hasOwnProperty.call(message, "scope"))
                object.scope = message.scope;
            return object;
        };

        AttributesRequestMsg.prototype.toJSON = function() {
            return AttributesRequestMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        AttributesRequestMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.AttributesRequestMsg";
        };

        return AttributesRequestMsg;
    })();

    edge.DeviceCredentialsRequestMsg = (function() {

        const DeviceCredentialsRequestMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        DeviceCredentialsRequestMsg.prototype.deviceIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceCredentialsRequestMsg.prototype.deviceIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        DeviceCredentialsRequestMsg.create = function(properties) {
            return new DeviceCredentialsRequestMsg(properties);
        };

        DeviceCredentialsRequestMsg.encode = function (message, writer, _depth) {
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
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        DeviceCredentialsRequestMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.DeviceCredentialsRequestMsg();
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

        DeviceCredentialsRequestMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.DeviceCredentialsRequestMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.DeviceCredentialsRequestMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.DeviceCredentialsRequestMsg();
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
            return message;
        };

        DeviceCredentialsRequestMsg.toObject = function (message, options, _depth) {
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
            return object;
        };

        DeviceCredentialsRequestMsg.prototype.toJSON = function() {
            return DeviceCredentialsRequestMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        DeviceCredentialsRequestMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.DeviceCredentialsRequestMsg";
        };

        return DeviceCredentialsRequestMsg;
    })();

    edge.DeviceRpcCallMsg = (function() {

        const DeviceRpcCallMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        DeviceRpcCallMsg.prototype.deviceIdMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceRpcCallMsg.prototype.deviceIdLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceRpcCallMsg.prototype.requestUuidMSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceRpcCallMsg.prototype.requestUuidLSB = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceRpcCallMsg.prototype.requestId = 0;
        DeviceRpcCallMsg.prototype.expirationTime = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        DeviceRpcCallMsg.prototype.oneway = false;
        DeviceRpcCallMsg.prototype.requestMsg = null;
        DeviceRpcCallMsg.prototype.responseMsg = null;
        DeviceRpcCallMsg.prototype.persisted = null;
        DeviceRpcCallMsg.prototype.retries = null;
        DeviceRpcCallMsg.prototype.additionalInfo = null;
        DeviceRpcCallMsg.prototype.serviceId = null;
        DeviceRpcCallMsg.prototype.sessionId = null;

        let $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceRpcCallMsg.prototype, "_persisted", {
            get: $util.oneOfGetter($oneOfFields = ["persisted"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceRpcCallMsg.prototype, "_retries", {
            get: $util.oneOfGetter($oneOfFields = ["retries"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceRpcCallMsg.prototype, "_additionalInfo", {
            get: $util.oneOfGetter($oneOfFields = ["additionalInfo"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceRpcCallMsg.prototype, "_serviceId", {
            get: $util.oneOfGetter($oneOfFields = ["serviceId"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(DeviceRpcCallMsg.prototype, "_sessionId", {
            get: $util.oneOfGetter($oneOfFields = ["sessionId"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        DeviceRpcCallMsg.create = function(properties) {
            return new DeviceRpcCallMsg(properties);
        };

        DeviceRpcCallMsg.encode = function (message, writer, _depth) {
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
            if (message.requestUuidMSB != null && $Object.hasOwnProperty.call(message, "requestUuidMSB") && (typeof message.requestUuidMSB === "object" ? message.requestUuidMSB.low || message.requestUuidMSB.high : message.requestUuidMSB !== 0))
                writer.uint32(24).int64(message.requestUuidMSB);
            if (message.requestUuidLSB != null && $Object.hasOwnProperty.call(message, "requestUuidLSB") && (typeof message.requestUuidLSB === "object" ? message.requestUuidLSB.low || message.requestUuidLSB.high : message.requestUuidLSB !== 0))
                writer.uint32(32).int64(message.requestUuidLSB);
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== 0)
                writer.uint32(40).int32(message.requestId);
            if (message.expirationTime != null && $Object.hasOwnProperty.call(message, "expirationTime") && (typeof message.expirationTime === "object" ? message.expirationTime.low || message.expirationTime.high : message.expirationTime !== 0))
                writer.uint32(48).int64(message.expirationTime);
            if (message.oneway != null && $Object.hasOwnProperty.call(message, "oneway") && message.oneway !== false)
                writer.uint32(56).bool(message.oneway);
            if (message.requestMsg != null && $Object.hasOwnProperty.call(message, "requestMsg"))
                $root.edge.RpcRequestMsg.encode(message.requestMsg, writer.uint32(66).fork(), _depth + 1).ldelim();
            if (message.responseMsg != null && $Object.hasOwnProperty.call(message, "responseMsg"))
                $root.edge.RpcResponseMsg.encode(message.responseMsg, writer.uint32(74).fork(), _depth + 1).ldelim();
            if (message.persisted != null && $Object.hasOwnProperty.call(message, "persisted"))
                writer.uint32(80).bool(message.persisted);
            if (message.retries != null && $Object.hasOwnProperty.call(message, "retries"))
                writer.uint32(88).int32(message.retries);
            if (message.additionalInfo != null && $Object.hasOwnProperty.call(message, "additionalInfo"))
                writer.uint32(98).string(message.additionalInfo);
            if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                writer.uint32(106).string(message.serviceId);
            if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                writer.uint32(114).string(message.sessionId);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        DeviceRpcCallMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.DeviceRpcCallMsg();
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
                            message.requestUuidMSB = value;
                        else
                            delete message.requestUuidMSB;
                        continue;
                    }
                case 4: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.requestUuidLSB = value;
                        else
                            delete message.requestUuidLSB;
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        if (value = reader.int32())
                            message.requestId = value;
                        else
                            delete message.requestId;
                        continue;
                    }
                case 6: {
                        if (wireType !== 0)
                            break;
                        if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                            message.expirationTime = value;
                        else
                            delete message.expirationTime;
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
                        if (wireType !== 2)
                            break;
                        message.requestMsg = $root.edge.RpcRequestMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.requestMsg);
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.responseMsg = $root.edge.RpcResponseMsg.decode(reader, reader.size(), $undefined, _depth + 1, message.responseMsg);
                        continue;
                    }
                case 10: {
                        if (wireType !== 0)
                            break;
                        message.persisted = reader.bool();
                        message._persisted = "persisted";
                        continue;
                    }
                case 11: {
                        if (wireType !== 0)
                            break;
                        message.retries = reader.int32();
                        message._retries = "retries";
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.additionalInfo = reader.stringVerify();
                        message._additionalInfo = "additionalInfo";
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        message.serviceId = reader.stringVerify();
                        message._serviceId = "serviceId";
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        message.sessionId = reader.stringVerify();
                        message._sessionId = "sessionId";
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

        DeviceRpcCallMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.DeviceRpcCallMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.DeviceRpcCallMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.DeviceRpcCallMsg();
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
            if (object.requestUuidMSB != null)
                if (typeof object.requestUuidMSB === "object" ? object.requestUuidMSB.low || object.requestUuidMSB.high : $Number(object.requestUuidMSB) !== 0)
                    if ($util.Long)
                        message.requestUuidMSB = $util.Long.fromValue(object.requestUuidMSB, false);
                    else if (typeof object.requestUuidMSB === "string")
                        message.requestUuidMSB = $parseInt(object.requestUuidMSB, 10);
                    else if (typeof object.requestUuidMSB === "number")
                        message.requestUuidMSB = object.requestUuidMSB;
                    else if (typeof object.requestUuidMSB === "object")
                        message.requestUuidMSB = new $util.LongBits(object.requestUuidMSB.low >>> 0, object.requestUuidMSB.high >>> 0).toNumber();
            if (object.requestUuidLSB != null)
                if (typeof object.requestUuidLSB === "object" ? object.requestUuidLSB.low || object.requestUuidLSB.high : $Number(object.requestUuidLSB) !== 0)
                    if ($util.Long)
                        message.requestUuidLSB = $util.Long.fromValue(object.requestUuidLSB, false);
                    else if (typeof object.requestUuidLSB === "string")
                        message.requestUuidLSB = $parseInt(object.requestUuidLSB, 10);
                    else if (typeof object.requestUuidLSB === "number")
                        message.requestUuidLSB = object.requestUuidLSB;
                    else if (typeof object.requestUuidLSB === "object")
                        message.requestUuidLSB = new $util.LongBits(object.requestUuidLSB.low >>> 0, object.requestUuidLSB.high >>> 0).toNumber();
            if (object.requestId != null)
                if ($Number(object.requestId) !== 0)
                    message.requestId = object.requestId | 0;
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
            if (object.oneway != null)
                if (object.oneway)
                    message.oneway = $Boolean(object.oneway);
            if (object.requestMsg != null) {
                if (!$util.isObject(object.requestMsg))
                    throw $TypeError(".edge.DeviceRpcCallMsg.requestMsg: object expected");
                message.requestMsg = $root.edge.RpcRequestMsg.fromObject(object.requestMsg, _depth + 1);
            }
            if (object.responseMsg != null) {
                if (!$util.isObject(object.responseMsg))
                    throw $TypeError(".edge.DeviceRpcCallMsg.responseMsg: object expected");
                message.responseMsg = $root.edge.RpcResponseMsg.fromObject(object.responseMsg, _depth + 1);
            }
            if (object.persisted != null)
                message.persisted = $Boolean(object.persisted);
            if (object.retries != null)
                message.retries = object.retries | 0;
            if (object.additionalInfo != null)
                message.additionalInfo = $String(object.additionalInfo);
            if (object.serviceId != null)
                message.serviceId = $String(object.serviceId);
            if (object.sessionId != null)
                message.sessionId = $String(object.sessionId);
            return message;
        };

        DeviceRpcCallMsg.toObject = function (message, options, _depth) {
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
                    object.requestUuidMSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.requestUuidMSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.requestUuidLSB = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.requestUuidLSB = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.requestId = 0;
                if ($util.Long) {
                    let long = new $util.Long(0, 0, false);
                    object.expirationTime = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                } else
                    object.expirationTime = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                object.oneway = false;
                object.requestMsg = null;
                object.responseMsg = null;
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
            if (message.requestUuidMSB != null && $Object.hasOwnProperty.call(message, "requestUuidMSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.requestUuidMSB = typeof message.requestUuidMSB === "number" ? $BigInt(message.requestUuidMSB) : $util.Long.fromBits(message.requestUuidMSB.low >>> 0, message.requestUuidMSB.high >>> 0, false).toBigInt();
                else if (typeof message.requestUuidMSB === "number")
                    object.requestUuidMSB = options.longs === $String ? $String(message.requestUuidMSB) : message.requestUuidMSB;
                else
                    object.requestUuidMSB = options.longs === $String ? $util.Long.prototype.toString.call(message.requestUuidMSB) : options.longs === $Number ? new $util.LongBits(message.requestUuidMSB.low >>> 0, message.requestUuidMSB.high >>> 0).toNumber() : message.requestUuidMSB;
            if (message.requestUuidLSB != null && $Object.hasOwnProperty.call(message, "requestUuidLSB"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.requestUuidLSB = typeof message.requestUuidLSB === "number" ? $BigInt(message.requestUuidLSB) : $util.Long.fromBits(message.requestUuidLSB.low >>> 0, message.requestUuidLSB.high >>> 0, false).toBigInt();
                else if (typeof message.requestUuidLSB === "number")
                    object.requestUuidLSB = options.longs === $String ? $String(message.requestUuidLSB) : message.requestUuidLSB;
                else
                    object.requestUuidLSB = options.longs === $String ? $util.Long.prototype.toString.call(message.requestUuidLSB) : options.longs === $Number ? new $util.LongBits(message.requestUuidLSB.low >>> 0, message.requestUuidLSB.high >>> 0).toNumber() : message.requestUuidLSB;
            if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                object.requestId = message.requestId;
            if (message.expirationTime != null && $Object.hasOwnProperty.call(message, "expirationTime"))
                if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                    object.expirationTime = typeof message.expirationTime === "number" ? $BigInt(message.expirationTime) : $util.Long.fromBits(message.expirationTime.low >>> 0, message.expirationTime.high >>> 0, false).toBigInt();
                else if (typeof message.expirationTime === "number")
                    object.expirationTime = options.longs === $String ? $String(message.expirationTime) : message.expirationTime;
                else
                    object.expirationTime = options.longs === $String ? $util.Long.prototype.toString.call(message.expirationTime) : options.longs === $Number ? new $util.LongBits(message.expirationTime.low >>> 0, message.expirationTime.high >>> 0).toNumber() : message.expirationTime;
            if (message.oneway != null && $Object.hasOwnProperty.call(message, "oneway"))
                object.oneway = message.oneway;
            if (message.requestMsg != null && $Object.hasOwnProperty.call(message, "requestMsg"))
                object.requestMsg = $root.edge.RpcRequestMsg.toObject(message.requestMsg, options, _depth + 1);
            if (message.responseMsg != null && $Object.hasOwnProperty.call(message, "responseMsg"))
                object.responseMsg = $root.edge.RpcResponseMsg.toObject(message.responseMsg, options, _depth + 1);
            if (message.persisted != null && $Object.hasOwnProperty.call(message, "persisted"))
                object.persisted = message.persisted;
            if (message.retries != null && $Object.hasOwnProperty.call(message, "retries"))
                object.retries = message.retries;
            if (message.additionalInfo != null && $Object.hasOwnProperty.call(message, "additionalInfo"))
                object.additionalInfo = message.additionalInfo;
            if (message.serviceId != null && $Object.hasOwnProperty.call(message, "serviceId"))
                object.serviceId = message.serviceId;
            if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                object.sessionId = message.sessionId;
            return object;
        };

        DeviceRpcCallMsg.prototype.toJSON = function() {
            return DeviceRpcCallMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        DeviceRpcCallMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.DeviceRpcCallMsg";
        };

        return DeviceRpcCallMsg;
    })();

    edge.RpcRequestMsg = (function() {

        const RpcRequestMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        RpcRequestMsg.prototype.method = "";
        RpcRequestMsg.prototype.params = "";

        RpcRequestMsg.create = function(properties) {
            return new RpcRequestMsg(properties);
        };

        RpcRequestMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.method != null && $Object.hasOwnProperty.call(message, "method") && message.method !== "")
                writer.uint32(10).string(message.method);
            if (message.params != null && $Object.hasOwnProperty.call(message, "params") && message.params !== "")
                writer.uint32(18).string(message.params);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        RpcRequestMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.RpcRequestMsg();
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
                            message.method = value;
                        else
                            delete message.method;
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if ((value = reader.stringVerify()).length)
                            message.params = value;
                        else
                            delete message.params;
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

        RpcRequestMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.RpcRequestMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.RpcRequestMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.RpcRequestMsg();
            if (object.method != null)
                if (typeof object.method !== "string" || object.method.length)
                    message.method = $String(object.method);
            if (object.params != null)
                if (typeof object.params !== "string" || object.params.length)
                    message.params = $String(object.params);
            return message;
        };

        RpcRequestMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.method = "";
                object.params = "";
            }
            if (message.method != null && $Object.hasOwnProperty.call(message, "method"))
                object.method = message.method;
            if (message.params != null && $Object.hasOwnProperty.call(message, "params"))
                object.params = message.params;
            return object;
        };

        RpcRequestMsg.prototype.toJSON = function() {
            return RpcRequestMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        RpcRequestMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.RpcRequestMsg";
        };

        return RpcRequestMsg;
    })();

    edge.RpcResponseMsg = (function() {

        const RpcResponseMsg = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        RpcResponseMsg.prototype.response = "";
        RpcResponseMsg.prototype.error = "";

        RpcResponseMsg.create = function(properties) {
            return new RpcResponseMsg(properties);
        };

        RpcResponseMsg.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.response != null && $Object.hasOwnProperty.call(message, "response") && message.response !== "")
                writer.uint32(10).string(message.response);
            if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                writer.uint32(18).string(message.error);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        RpcResponseMsg.decode = function (reader, length, _end, _depth, _target) {
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
            message = _target || new $root.edge.RpcResponseMsg();
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
                            message.response = value;
                        else
                            delete message.response;
                        continue;
                    }
                case 2: {
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

        RpcResponseMsg.fromObject = function (object, _depth) {
            if (object instanceof $root.edge.RpcResponseMsg)
                return object;
            if (!$util.isObject(object))
                throw $TypeError(".edge.RpcResponseMsg: object expected");
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let message = new $root.edge.RpcResponseMsg();
            if (object.response != null)
                if (typeof object.response !== "string" || object.response.length)
                    message.response = $String(object.response);
            if (object.error != null)
                if (typeof object.error !== "string" || object.error.length)
                    message.error = $String(object.error);
            return message;
        };

        RpcResponseMsg.toObject = function (message, options, _depth) {
            if (!options)
                options = {};
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            let object = {};
            if (options.defaults) {
                object.response = "";
                object.error = "";
            }
            if (message.response != null && $Object.hasOwnProperty.call(message, "response"))
                object.response = message.response;
            if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                object.error = message.error;
            return object;
        };

        RpcResponseMsg.prototype.toJSON = function() {
            return RpcResponseMsg.toObject(this, $protobuf.util.toJSONOptions);
        };

        RpcResponseMsg.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/edge.RpcResponseMsg";
        };

        return RpcResponseMsg;
    })();

    return edge;
})();

export const transport = $root.transport = (() => {

    const transport = {};

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
